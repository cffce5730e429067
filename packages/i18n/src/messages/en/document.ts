/** English: the source catalog of the `document` area; every other language has exactly these keys. */
export default {};
