/** English: the source catalog of the `languages` area; every other language has exactly these keys. */
export default {};
