/** English: the source catalog of the `versions` area; every other language has exactly these keys. */
export default {};
