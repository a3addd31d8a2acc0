//! The toy GAN of slides 1.24–1.28 in the engine: one seeded run, reset and trained on the
//! page's request; every answer carries the steps' numbers, both networks' weights and the
//! pictures of the showcase z values. Holding the run, saving and loading are the shared ones.

use std::rc::Rc;

use generativa_core::toy_gan::by_hand::SHOWCASE_Z;
use generativa_core::toy_gan::{StepCurves, StepReport, ToyGanTrainer, ToyGanTrainingConfig};
use generativa_protocol::toy::MODEL;
use generativa_protocol::{
    Failure, FromEngine, ModelMessage, ToyAction, ToyCommand, ToyEvent, ToyNetwork, ToyReport,
    ToySettings, ToyStep, ToyWeights,
};

use crate::context::{now_ms, post};
use crate::families::{Family, Job, Saved};
use crate::run_backend::{RunSize, device_for};
use crate::run_slot::RunSlot;

/// The toy GAN's entry points.
pub const FAMILY: Family = Family {
    model: MODEL,
    handle: |m| -> Job<()> { Box::pin(handle(m)) },
    save: || -> Job<Result<Saved, Failure>> { Box::pin(save()) },
    load: |bytes| -> Job<Result<(), Failure>> { Box::pin(load(bytes)) },
};

/// The most rounds one request may ask for.
const MAX_ROUNDS_PER_REQUEST: u32 = 5_000;

thread_local! {
    /// The run.
    static TOY: Rc<RunSlot<ToyGanTrainer>> = Rc::default();
}

fn slot() -> Rc<RunSlot<ToyGanTrainer>> {
    TOY.with(Rc::clone)
}

fn send(event: &ToyEvent) {
    post(&FromEngine::model(MODEL, event));
}

fn settings_of(config: &ToyGanTrainingConfig) -> ToySettings {
    ToySettings {
        learning_rate: config.learning_rate,
        seed: config.seed,
        with_o: config.with_o,
    }
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
    steps: Vec<ToyStep>,
    started: f64,
) -> Result<ToyReport, Failure> {
    let snapshot = trainer.snapshot(&SHOWCASE_Z).await?;
    Ok(ToyReport {
        settings: settings_of(trainer.config()),
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

async fn handle(message: ModelMessage) {
    let result = match message.body::<ToyCommand>() {
        Some(ToyCommand::Reset(settings)) => reset(settings).await,
        Some(ToyCommand::Train(action)) => train(action).await,
        None => Err(Failure::BadRequest("not a toy GAN command".into())),
    };
    if let Err(failure) = result {
        post(&FromEngine::failed(MODEL, failure));
    }
}

/// Starts a new run; an invalid setting keeps the old run and says why.
async fn reset(settings: ToySettings) -> Result<(), Failure> {
    let started = now_ms();
    let device = device_for(MODEL, &RunSize::Tiny).await?;
    let config = ToyGanTrainingConfig::new()
        .with_learning_rate(settings.learning_rate)
        .with_seed(settings.seed)
        .with_with_o(settings.with_o);
    let trainer = ToyGanTrainer::new(config, &device)?;
    let r = report(&trainer, Vec::new(), started).await?;
    slot().replace(trainer);
    send(&ToyEvent::Report(r));
    Ok(())
}

/// Runs one action on the current run.
async fn train(action: ToyAction) -> Result<(), Failure> {
    let started = now_ms();
    let mut lent = slot().take()?;
    let outcome = run(&mut lent.run, action).await;
    let result = match outcome {
        Ok(steps) => report(&lent.run, steps, started).await,
        Err(e) => Err(e),
    };
    if !slot().put_back(lent) {
        return Ok(()); // a reset replaced this run while it trained; its report is stale
    }
    send(&ToyEvent::Report(result?));
    Ok(())
}

async fn run(trainer: &mut ToyGanTrainer, action: ToyAction) -> Result<Vec<ToyStep>, Failure> {
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

/// The run as a checkpoint file (its tensors read asynchronously, so on any backend).
async fn save() -> Result<Saved, Failure> {
    let save = async |run: &ToyGanTrainer| -> Result<Saved, Failure> {
        Ok(Saved {
            bytes: run.save_async().await?,
            file_name: format!("generativa-toy-gan-round-{}.ckpt", run.rounds),
            steps: run.rounds as u64,
            epochs: 0,
        })
    };
    slot().lend(save).await?.0
}

/// A run from a checkpoint file; the current run stays if the file is refused.
async fn load(bytes: Vec<u8>) -> Result<(), Failure> {
    let device = device_for(MODEL, &RunSize::Tiny).await?;
    let trainer = ToyGanTrainer::load(&bytes, &device)?;
    let history = trainer.history();
    let curve = |network, c: &StepCurves| {
        let (loss, real, fake) = (c.loss.points(), c.d_real.points(), c.d_fake.points());
        loss.iter()
            .zip(real)
            .zip(fake)
            .map(|((l, r), f)| ToyStep {
                network,
                index: l.x as u32,
                loss: l.mean,
                d_real: r.mean,
                d_fake: f.mean,
            })
            .collect::<Vec<_>>()
    };
    let mut steps = curve(ToyNetwork::Discriminator, &history.discriminator);
    steps.extend(curve(ToyNetwork::Generator, &history.generator));
    let report = report(&trainer, Vec::new(), now_ms()).await?;
    slot().replace(trainer);
    send(&ToyEvent::Loaded { report, steps });
    Ok(())
}
