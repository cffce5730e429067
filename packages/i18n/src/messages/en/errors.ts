/** English: the source catalog of the `errors` area; every other language has exactly these keys. */
export default {};
