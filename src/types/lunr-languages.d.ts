declare module "lunr-languages/lunr.stemmer.support.js" {
  const register: (lunr: unknown) => void;
  export default register;
}
declare module "lunr-languages/lunr.pl.js" {
  const register: (lunr: unknown) => void;
  export default register;
}
