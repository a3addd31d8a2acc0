//! Runs the engine's static constructors once, at start.
//!
//! burn's kernel compiler (CubeCL) registers hundreds of items through static constructors. When
//! no code of a wasm module calls `__wasm_call_ctors`, the linker takes the module for a
//! "command", run once, and wraps *every* export in a call to all constructors. The engine is
//! called into all the time — on WebGPU, JavaScript calls an export for each binding of each
//! kernel — so the constructors ran thousands of times per training step: ~90 % of the worker's
//! time on WebGPU, 1.3 s of a 1.4 s VAE step (measured with Chromium's profiler on a build with
//! names). Calling them here, once, makes the linker leave the exports alone.

#[cfg(target_family = "wasm")]
#[allow(
    unsafe_code,
    reason = "the linker's own constructor function, called once before anything else runs"
)]
mod ctors {
    unsafe extern "C" {
        fn __wasm_call_ctors();
    }

    pub fn run() {
        // SAFETY: called once, first thing in `main`, before any constructed item is used.
        unsafe { __wasm_call_ctors() }
    }
}

/// Runs the static constructors (nothing to do off wasm, where the loader runs them).
pub fn run_once() {
    #[cfg(target_family = "wasm")]
    ctors::run();
}
