/** English: the source catalog of the `consensus` area; every other language has exactly these keys. */
export default {};
