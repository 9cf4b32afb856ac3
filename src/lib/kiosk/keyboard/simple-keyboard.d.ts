// simple-keyboard's build for modern browsers (no polyfills, half the size of its `main`) ships
// without a declaration file of its own; its types are the package's.
declare module 'simple-keyboard/build/index.modern.esm.js' {
	export { default } from 'simple-keyboard';
}
