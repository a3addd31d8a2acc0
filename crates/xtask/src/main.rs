//! `cargo xtask`: the project's commands. `serve` and `test` do all set-up on a fresh Debian
//! machine (wasm target, Trunk, wasm-bindgen, wasm-opt, the data set, and for `test` Chromium),
//! then build; `bench` prints the speed and size figures.

mod bench;
mod build;
mod compress;
mod csp;
mod lint;
mod offline;
mod pretrain;
mod server;
mod setup;
mod test;

use std::process::ExitCode;

const USAGE: &str = "uso: cargo xtask <serve [--port N] [--no-build] | test | bench [familia | diapositiva | fuzz [minutos] | soak [minutos] | profile] | pretrain [vae | judge | dense-gan | dcgan | progan] | lint | setup>

  serve   instala lo que falte, construye el sitio y lo sirve en http://127.0.0.1:8080
          (--port N para otro puerto; --no-build sirve dist/ tal como está)
  test    instala lo que falte (Chromium incluido) y corre todas las pruebas
  bench   construye y mide: tamaños del wasm y tiempos en Chromium sin interfaz; con una
          familia (vae, toy-gan, dense-gan, dcgan, progan) o una diapositiva (1.10, 1.24…) mide solo esa familia;
          `bench fuzz 10` prueba los lectores de archivos con entradas mutadas durante 10 minutos;
          `bench soak 30` entrena el VAE 30 minutos y cada GAN 5 en Chromium y mide la memoria;
          `bench profile` dice en qué funciones se va un paso de la DCGAN en la CPU de Chromium
  pretrain  hace con el código del proyecto los archivos que el sitio trae (www/pretrained/): el VAE
          preentrenado, el juez, la GAN densa tras 50 épocas, la DCGAN tras 10 y la GAN progresiva
          crecida a 32 × 32 (o solo el nombrado); imprime sus SHA-256
  lint    clippy en todos los crates (nativos y wasm32), sin advertencias
  setup   solo instala lo que falte";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => {
            let port = args
                .iter()
                .position(|a| a == "--port")
                .and_then(|i| args.get(i + 1))
                .and_then(|p| p.parse().ok())
                .unwrap_or(8080);
            build::serve(port, args.iter().any(|a| a == "--no-build"))
        }
        Some("test") => test::command(),
        Some("bench") if args.get(1).is_some_and(|a| a == "fuzz") => {
            bench::fuzz(args.get(2).map(String::as_str).unwrap_or("5"))
        }
        Some("bench") if args.get(1).is_some_and(|a| a == "profile") => bench::profile(),
        Some("bench") if args.get(1).is_some_and(|a| a == "soak") => {
            bench::soak(args.get(2).map(String::as_str).unwrap_or("30"))
        }
        Some("bench") => bench::command(args.get(1).map(String::as_str)),
        Some("pretrain") => pretrain::command(args.get(1).map(String::as_str)),
        Some("lint") => lint::command(),
        Some("setup") => setup::all(true).map(|_| ()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Errors are plain messages: the commands print them and fail.
pub type Result<T> = std::result::Result<T, String>;
