/** English: the source catalog of the `mail` area; every other language has exactly these keys. */
export default {};
