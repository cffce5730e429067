/** English: the source catalog of the `history` area; every other language has exactly these keys. */
export default {};
