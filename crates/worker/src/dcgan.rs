//! The DCGAN in the engine (slide 1.34): the run every image GAN shares
//! ([`crate::gan_engine`]), with the guideline switches of the page's settings mapped onto the
//! core's DCGAN config.

use std::rc::Rc;

use generativa_core::burn::tensor::Device;
use generativa_core::dcgan::summary::summary;
use generativa_core::dcgan::{
    Dcgan, DcganTrainer, DcganTrainingConfig, DiscriminatorConfig, Downsampling, GeneratorConfig,
    Upsampling,
};
use generativa_core::gan::{Activation, GanFamily};
use generativa_core::rng::Rng;
use generativa_protocol::dcgan::{
    DcganActivation, DcganDescribed, DcganMaps, DcganSwitches, MODEL,
};
use generativa_protocol::dense_gan::{GanCommand, GanEvent, GanSettings};
use generativa_protocol::{Failure, FromEngine, ModelMessage};

use crate::context::{grey, post};
use crate::families::{Family, Job, Saved};
use crate::gan_engine::{self, EngineGan, optimizer_of, shared_settings};
use crate::run_slot::RunSlot;

/// The DCGAN's entry points.
pub const FAMILY: Family = Family {
    model: MODEL,
    handle: |m| -> Job<()> { Box::pin(handle(m)) },
    save: || -> Job<Result<Saved, Failure>> { Box::pin(gan_engine::save::<Dcgan>()) },
    load: |bytes| -> Job<Result<(), Failure>> { Box::pin(gan_engine::load::<Dcgan>(bytes)) },
};

thread_local! {
    /// The run.
    static RUN: Rc<RunSlot<DcganTrainer>> = Rc::default();
}

fn activation_of(a: DcganActivation) -> Activation {
    match a {
        DcganActivation::Relu => Activation::Relu,
        DcganActivation::LeakyRelu => Activation::LeakyRelu,
    }
}

fn page_activation(a: Activation) -> DcganActivation {
    match a {
        Activation::Relu => DcganActivation::Relu,
        Activation::LeakyRelu => DcganActivation::LeakyRelu,
    }
}

impl EngineGan for Dcgan {
    fn slot() -> Rc<RunSlot<DcganTrainer>> {
        RUN.with(Rc::clone)
    }

    fn config_of(s: &GanSettings) -> DcganTrainingConfig {
        let w = s.dcgan.unwrap_or_default();
        let generator = GeneratorConfig::new()
            .with_upsampling(if w.generator_transposed {
                Upsampling::Transposed
            } else {
                Upsampling::Nearest
            })
            .with_batch_norm(w.generator_batch_norm)
            .with_activation(activation_of(w.generator_activation))
            .with_dense_hidden(w.dense_hidden as usize);
        let discriminator = DiscriminatorConfig::new()
            .with_downsampling(if w.discriminator_strided {
                Downsampling::Strided
            } else {
                Downsampling::Pooling
            })
            .with_batch_norm(w.discriminator_batch_norm)
            .with_activation(activation_of(w.discriminator_activation))
            .with_dense_hidden(w.dense_hidden as usize)
            .with_dropout(w.dropout);
        DcganTrainingConfig::new()
            .with_epochs(s.epochs as usize)
            .with_batch_size(s.batch_size as usize)
            .with_generator_learning_rate(s.generator_learning_rate)
            .with_discriminator_learning_rate(s.discriminator_learning_rate)
            .with_optimizer(optimizer_of(s.optimizer))
            .with_seed(s.seed)
            .with_train_images(s.train_images.map_or(55_000, |n| n as usize))
            .with_generator(generator)
            .with_discriminator(discriminator)
    }

    fn settings_of(config: &DcganTrainingConfig) -> GanSettings {
        let (g, d) = (&config.generator, &config.discriminator);
        GanSettings {
            dcgan: Some(DcganSwitches {
                generator_transposed: g.upsampling == Upsampling::Transposed,
                discriminator_strided: d.downsampling == Downsampling::Strided,
                generator_batch_norm: g.batch_norm,
                discriminator_batch_norm: d.batch_norm,
                generator_activation: page_activation(g.activation),
                discriminator_activation: page_activation(d.activation),
                dense_hidden: g.dense_hidden.max(d.dense_hidden) as u32,
                dropout: d.dropout,
            }),
            ..shared_settings(config)
        }
    }
}

async fn handle(message: ModelMessage) {
    let Some(command) = message.body::<GanCommand>() else {
        return post(&FromEngine::failed(
            MODEL,
            Failure::BadRequest("not a DCGAN command".into()),
        ));
    };
    let result = match command {
        GanCommand::Start(settings) => gan_engine::start::<Dcgan>(settings).await,
        GanCommand::Train { steps } => gan_engine::train::<Dcgan>(steps).await,
        GanCommand::Pictures => gan_engine::pictures::<Dcgan>().await,
        GanCommand::Describe(settings) => describe(settings),
        GanCommand::Maps { coding } => maps(coding).await,
        _ => Err(Failure::BadRequest(
            "the DCGAN answers Start, Train, Pictures, Describe and Maps (the other commands are the dense GAN's looking labs)".into(),
        )),
    };
    if let Err(failure) = result {
        post(&FromEngine::failed(MODEL, failure));
    }
}

/// Both networks of `settings`, built as a run would build them (on the CPU, whatever the
/// run's device: nothing is trained), layer by layer.
fn describe(settings: GanSettings) -> Result<(), Failure> {
    let config = Dcgan::config_of(&settings);
    config.validate().map_err(Failure::from)?;
    let device = Device::flex();
    let mut rng = Rng::new(config.seed);
    let (generator, discriminator) = Dcgan::networks(&config, &mut rng, &device);
    let Some(switches) = Dcgan::settings_of(&config).dcgan else {
        return Err(Failure::BadRequest("no DCGAN switches".into()));
    };
    gan_engine::send::<Dcgan>(&GanEvent::Described(DcganDescribed {
        switches,
        summary: summary(&generator, &discriminator, &device),
    }));
    Ok(())
}

/// Values scaled to grey levels over the whole layer (its smallest value black, its largest
/// white).
fn layer_grey(maps: &[Vec<f32>]) -> Vec<Vec<u8>> {
    let (low, high) = maps
        .iter()
        .flatten()
        .filter(|v| v.is_finite())
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(l, h), &v| {
            (l.min(v), h.max(v))
        });
    let span = if high > low { high - low } else { 1.0 };
    maps.iter()
        .map(|m| {
            m.iter()
                .map(|&v| (((v - low) / span).clamp(0.0, 1.0) * 255.0).round() as u8)
                .collect()
        })
        .collect()
}

/// The generator's maps for fixed coding `coding`.
async fn maps(coding: u32) -> Result<(), Failure> {
    if coding >= 8 {
        return Err(Failure::BadRequest(format!(
            "fixed coding {coding}: there are 8 (0–7)"
        )));
    }
    let slot = Dcgan::slot();
    let (result, current) = slot
        .lend(async |run| {
            let maps = run.maps(coding as usize).await?;
            Ok::<_, Failure>(DcganMaps {
                coding,
                epochs_done: run.epochs_done() as u32,
                small: layer_grey(&maps.small),
                middle: layer_grey(&maps.middle),
                image: grey(&maps.image),
            })
        })
        .await?;
    if current {
        gan_engine::send::<Dcgan>(&GanEvent::Maps(result?));
    }
    Ok(())
}
