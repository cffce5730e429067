/** English: the source catalog of the `a11y` area; every other language has exactly these keys. */
export default {};
