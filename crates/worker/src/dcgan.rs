//! The DCGAN in the engine (slide 1.34): the run every image GAN shares
//! ([`crate::gan_engine`]), with the guideline switches of the page's settings mapped onto the
//! core's DCGAN config.

use std::rc::Rc;

use generativa_core::dcgan::{
    Dcgan, DcganTrainer, DcganTrainingConfig, DiscriminatorConfig, Downsampling, GeneratorConfig,
    Upsampling,
};
use generativa_core::gan::Activation;
use generativa_protocol::dcgan::{DcganActivation, DcganSwitches, MODEL};
use generativa_protocol::dense_gan::{GanCommand, GanSettings};
use generativa_protocol::{Failure, FromEngine, ModelMessage};

use crate::context::post;
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
        _ => Err(Failure::BadRequest(
            "the DCGAN answers Start, Train and Pictures (the other commands are the dense GAN's looking labs)".into(),
        )),
    };
    if let Err(failure) = result {
        post(&FromEngine::failed(MODEL, failure));
    }
}
