//! `cargo xtask pretrain [vae | judge | dense-gan | dcgan | progan]`: makes the files the site ships in
//! `www/pretrained/` with the project's own code on the CPU backend, and prints their size and
//! SHA-256 — the pre-trained VAE (the lecture's run, 25 epochs), the judge (the classifier that
//! scores every generator), the dense GAN after 50 epochs (slide 1.33's "jump ahead") and
//! Géron's DCGAN after 10 (slide 1.34's), both scored by the judge after each epoch, and the
//! progressive GAN grown to 32 × 32 (slide 1.35's), scored once grown; so the judge comes first. Run twice, each writes the same
//! bytes; `crates/core/tests/pretrained.rs` checks the digests.

use generativa_core::{dcgan, dense_gan, judge, progan, vae};

use crate::Result;
use crate::setup::{self, step};

/// What the command can make, in the order "all" makes them.
pub const FILES: [&str; 5] = ["vae", "judge", "dense-gan", "dcgan", "progan"];

/// Entry point: one file, or all of them.
pub fn command(which: Option<&str>) -> Result<()> {
    let wanted: Vec<&str> = match which {
        None => FILES.to_vec(),
        Some(w) if FILES.contains(&w) => vec![w],
        Some(w) => {
            return Err(format!(
                "«{w}» no es un archivo que el sitio traiga ({})",
                FILES.join(", ")
            ));
        }
    };
    let root = setup::root();
    let data_dir = setup::ensure_data(&root)?;
    let folder = root.join("www/pretrained");
    for w in wanted {
        match w {
            "vae" => {
                step("VAE de la clase, 25 épocas en CPU (--example pretrain_vae)");
                let out = folder.join(vae::pretrained::FILE_NAME);
                setup::core_example(
                    &root,
                    "pretrain_vae",
                    &[data_dir.as_os_str(), out.as_os_str()],
                )?;
                println!("Si el SHA-256 cambió: crates/core/src/vae/pretrained.rs y el README.");
            }
            "judge" => {
                step(
                    "el juez: clasificador de Fashion-MNIST, 8 épocas en CPU (--example pretrain_judge)",
                );
                let out = folder.join(judge::pretrained::FILE_NAME);
                setup::core_example(
                    &root,
                    "pretrain_judge",
                    &[data_dir.as_os_str(), out.as_os_str()],
                )?;
                println!(
                    "Si el SHA-256 o las referencias cambiaron: crates/core/src/judge/pretrained.rs y el README \
                     (y vuelve a hacer dense-gan: sus puntuaciones usan el juez)."
                );
            }
            "dense-gan" => {
                step("GAN densa de la clase, 50 épocas en CPU (--example pretrain_gan)");
                let out = folder.join(dense_gan::pretrained::FILE_NAME);
                gan(&root, "dense-gan", &data_dir, &folder, &out)?;
                println!(
                    "Si el SHA-256 cambió: crates/core/src/dense_gan/pretrained.rs y el README."
                );
            }
            "progan" => {
                step(
                    "GAN progresiva de la clase, 4 → 32 con 16 000 imágenes por fase, en CPU (--example pretrain_progan; ~9 min)",
                );
                let out = folder.join(progan::pretrained::FILE_NAME);
                let judge_file = folder.join(judge::pretrained::FILE_NAME);
                setup::core_example(
                    &root,
                    "pretrain_progan",
                    &[
                        data_dir.as_os_str(),
                        judge_file.as_os_str(),
                        out.as_os_str(),
                    ],
                )?;
                println!(
                    "Si el SHA-256 o el tamaño cambiaron: crates/core/src/progan/pretrained.rs y el README."
                );
            }
            _ => {
                step(
                    "DCGAN de Géron, 10 épocas en CPU (--example pretrain_gan; ~1 h; si se corta, sigue desde la última época)",
                );
                let out = folder.join(dcgan::pretrained::FILE_NAME);
                gan(&root, "dcgan", &data_dir, &folder, &out)?;
                println!(
                    "Si el SHA-256 o el tamaño cambiaron: crates/core/src/dcgan/pretrained.rs y el README."
                );
            }
        }
    }
    Ok(())
}

/// An image GAN's shipped run, scored by the shipped judge (resumable: stopped, it goes on
/// from its last epoch when run again).
fn gan(
    root: &std::path::Path,
    family: &str,
    data_dir: &std::path::Path,
    folder: &std::path::Path,
    out: &std::path::Path,
) -> Result<()> {
    let judge_file = folder.join(judge::pretrained::FILE_NAME);
    setup::core_example(
        root,
        "pretrain_gan",
        &[
            std::ffi::OsStr::new(family),
            data_dir.as_os_str(),
            judge_file.as_os_str(),
            out.as_os_str(),
        ],
    )
}
