/** English: the source catalog of the `comments` area; every other language has exactly these keys. */
export default {};
