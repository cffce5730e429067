/** English: the source catalog of the `compilation` area; every other language has exactly these keys. */
export default {};
