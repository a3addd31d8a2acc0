//! The toy GAN of slides 1.24–1.28 in the engine: one seeded run, reset and trained on the
//! page's request; every answer carries the steps' numbers, both networks' weights and the
//! pictures of the showcase z values.

use std::cell::RefCell;

use generativa_core::toy_gan::by_hand::SHOWCASE_Z;
use generativa_core::toy_gan::{StepReport, ToyGanError, ToyGanTrainer, ToyGanTrainingConfig};
use generativa_protocol::{
    FromEngine, ToyAction, ToyNetwork, ToyReport, ToySettings, ToyStep, ToyWeights,
};

use crate::engine::{STATE, now_ms, post};
use crate::slot::{Slot, Unavailable};

/// The most rounds one request may ask for.
const MAX_ROUNDS_PER_REQUEST: u32 = 5_000;

thread_local! {
    /// The run with its settings.
    static TOY: RefCell<Slot<(ToyGanTrainer, ToySettings)>> = RefCell::new(Slot::default());
}

fn fail(message: impl Into<String>) {
    post(&FromEngine::ToyFailed {
        message: message.into(),
        diverged: false,
    });
}

fn fail_with(error: &ToyGanError) {
    let diverged = matches!(error, ToyGanError::NotFinite(_));
    post(&FromEngine::ToyFailed {
        message: error.to_string(),
        diverged,
    });
}

fn step(network: ToyNetwork, trainer: &ToyGanTrainer, r: StepReport) -> ToyStep {
    let index = match network {
        ToyNetwork::Discriminator => trainer.discriminator_steps,
        ToyNetwork::Generator => trainer.generator_steps,
    };
    ToyStep {
        network,
        index: index as u32,
        loss: r.loss,
        d_real: r.d_real,
        d_fake: r.d_fake,
    }
}

async fn report(
    trainer: &ToyGanTrainer,
    settings: &ToySettings,
    steps: Vec<ToyStep>,
    started: f64,
) -> Result<ToyReport, ToyGanError> {
    let snapshot = trainer.snapshot(&SHOWCASE_Z).await?;
    Ok(ToyReport {
        settings: settings.clone(),
        rounds: trainer.rounds as u32,
        discriminator_steps: trainer.discriminator_steps as u32,
        generator_steps: trainer.generator_steps as u32,
        steps,
        weights: ToyWeights {
            generator_weights: snapshot.generator_weights,
            generator_biases: snapshot.generator_biases,
            discriminator_weights: snapshot.discriminator_weights,
            discriminator_bias: snapshot.discriminator_bias,
            pictures: snapshot.pictures.iter().map(|p| p.to_vec()).collect(),
        },
        millis: now_ms() - started,
    })
}

/// Starts a new run; an invalid setting keeps the old run and says why.
pub async fn reset(settings: ToySettings) {
    let started = now_ms();
    let Some(device) = STATE.with(|s| s.borrow().device.clone()) else {
        return fail(
            "el motor todavía no eligió un backend; espera un momento y vuelve a intentarlo",
        );
    };
    let config = ToyGanTrainingConfig::new()
        .with_learning_rate(settings.learning_rate)
        .with_seed(settings.seed)
        .with_with_o(settings.with_o);
    let trainer = match ToyGanTrainer::new(config, &device) {
        Ok(t) => t,
        Err(e) => return fail_with(&e),
    };
    match report(&trainer, &settings, Vec::new(), started).await {
        Ok(r) => {
            TOY.with(|t| t.borrow_mut().replace((trainer, settings)));
            post(&FromEngine::Toy(r));
        }
        Err(e) => fail_with(&e),
    }
}

/// Runs one action on the current run.
pub async fn train(action: ToyAction) {
    let started = now_ms();
    let ((mut trainer, settings), generation) = match TOY.with(|t| t.borrow_mut().take()) {
        Ok(t) => t,
        Err(Unavailable::Busy) => {
            return fail(
                "el GAN de juguete ya está entrenando; espera a que termine el paso en curso",
            );
        }
        Err(Unavailable::Empty) => {
            return fail("todavía no hay un GAN de juguete: pulsa «Reiniciar»");
        }
    };
    let outcome = run(&mut trainer, action).await;
    let result = match outcome {
        Ok(steps) => report(&trainer, &settings, steps, started).await,
        Err(e) => Err(e),
    };
    if !TOY.with(|t| t.borrow_mut().put_back((trainer, settings), generation)) {
        return; // a reset replaced this run while it trained; its report is stale
    }
    match result {
        Ok(r) => post(&FromEngine::Toy(r)),
        Err(e) => fail_with(&e),
    }
}

async fn run(trainer: &mut ToyGanTrainer, action: ToyAction) -> Result<Vec<ToyStep>, ToyGanError> {
    let mut steps = Vec::new();
    match action {
        ToyAction::DiscriminatorStep => {
            let r = trainer.discriminator_step().await?;
            steps.push(step(ToyNetwork::Discriminator, trainer, r));
        }
        ToyAction::GeneratorStep => {
            let r = trainer.generator_step().await?;
            steps.push(step(ToyNetwork::Generator, trainer, r));
        }
        ToyAction::Rounds(n) => {
            let n = n.min(MAX_ROUNDS_PER_REQUEST) as usize;
            let (first_d, first_g) = (trainer.discriminator_steps, trainer.generator_steps);
            let reports = trainer.rounds_batch(n).await?;
            for (k, r) in reports.into_iter().enumerate() {
                let (d, g) = (r.discriminator, r.generator);
                let (index_d, index_g) = ((first_d + k + 1) as u32, (first_g + k + 1) as u32);
                steps.push(ToyStep {
                    network: ToyNetwork::Discriminator,
                    index: index_d,
                    loss: d.loss,
                    d_real: d.d_real,
                    d_fake: d.d_fake,
                });
                steps.push(ToyStep {
                    network: ToyNetwork::Generator,
                    index: index_g,
                    loss: g.loss,
                    d_real: g.d_real,
                    d_fake: g.d_fake,
                });
            }
        }
    }
    Ok(steps)
}
