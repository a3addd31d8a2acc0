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
mod lock;
mod progan;
mod run_backend;
mod run_slot;
mod slot;
mod stored_runs;
mod toy;
mod vae;

fn main() {
    constructors::run_once();
    // A panic ends the engine (its memory can no longer be trusted): log it, and tell the page,
    // which restarts the engine and offers the run's last kept checkpoint.
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        context::post(&generativa_protocol::FromEngine::EngineCrashed {
            message: info.to_string(),
        });
    }));
    engine::listen();
}
