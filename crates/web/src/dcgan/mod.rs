//! The DCGAN of slide 1.34 in the page: the same run as the dense GAN's ([`GanRun`], under the
//! DCGAN's model id, with its guideline switches), its training lab and the core's Rust it
//! shows.

pub mod architecture;
pub mod experiments;
pub mod maps_lab;
pub mod sources;
pub mod switches;
pub mod training_lab;

use generativa_core::dcgan::pretrained;
use generativa_protocol::dcgan::MODEL;
use generativa_protocol::dense_gan::GanSettings;
use leptos::prelude::*;

use crate::dense_gan::GanRun;
use crate::engine::Engine;
use crate::families::{Lab, PageFamily};
use crate::widgets::jump_ahead::ShippedRun;

/// The DCGAN's run in context (a newtype, so it does not shadow the dense GAN's).
#[derive(Clone, Copy)]
pub struct DcganRun(pub GanRun);

/// The DCGAN's part of the page: its run and its lab.
pub const FAMILY: PageFamily = PageFamily {
    provide,
    sources: &sources::SOURCES,
    labs: &[
        Lab {
            name: "dcgan-entrenamiento",
            view: |_| view! { <training_lab::DcganTrainingLab/> }.into_any(),
        },
        Lab {
            name: "dcgan-arquitectura",
            view: |_| view! { <architecture::DcganArchitecture/> }.into_any(),
        },
        Lab {
            name: "dcgan-experimentos",
            view: |_| view! { <experiments::DcganExperiments/> }.into_any(),
        },
        Lab {
            name: "dcgan-mapas",
            view: |_| view! { <maps_lab::DcganMapsLab/> }.into_any(),
        },
    ],
};

/// The DCGAN the site ships (Géron's, 10 epochs), once `cargo xtask pretrain dcgan` made it.
fn shipped() -> Option<ShippedRun> {
    (pretrained::BYTES > 0).then_some(ShippedRun {
        file_name: pretrained::FILE_NAME,
        sha256: pretrained::SHA256,
        bytes: pretrained::BYTES,
        command: "cargo xtask pretrain dcgan",
        jump: || crate::dense_gan::jump_words(pretrained::EPOCHS),
        what: || {
            format!(
                "{} {}",
                pretrained::EPOCHS,
                crate::strings::dcgan_shipped_what()
            )
        },
    })
}

/// Creates the run, registers it with the engine for the DCGAN's events, and provides it as
/// context (the app calls this once).
pub fn provide(engine: Engine) {
    let run = GanRun::of(MODEL, GanSettings::dcgan, shipped());
    run.register(engine);
    provide_context(DcganRun(run));
}
