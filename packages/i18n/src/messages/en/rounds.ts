/** English: the source catalog of the `rounds` area; every other language has exactly these keys. */
export default {};
