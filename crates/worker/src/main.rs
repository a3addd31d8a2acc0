//! Generativa's training engine: a Web Worker running core on burn (WebGPU or CPU), talking to
//! the page in JSON messages (`generativa-protocol`). The page never holds a tensor.

mod backend;
mod constructors;
mod context;
mod data;
mod dcgan;
mod dense_gan;
mod engine;
mod families;
mod gan_engine;
mod judge;
mod progan;
mod run_backend;
mod run_slot;
mod slot;
mod stored_runs;
mod toy;
mod vae;

fn main() {
    constructors::run_once();
    console_error_panic_hook::set_once();
    engine::listen();
}
