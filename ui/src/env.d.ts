/// <reference types="vite/client" />

// Lets `tsc` (which checks ui/src/**/*.ts) read imports of .svelte files;
// svelte-check types the components themselves.
declare module '*.svelte' {
  import type { Component } from 'svelte';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const component: Component<any>;
  export default component;
}
