/** English: the source catalog of the `shell` area; every other language has exactly these keys. */
export default {};
