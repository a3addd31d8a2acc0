//! Slide 1.34's experiment table: a small run (one pass over 10,000 images, about 300 steps)
//! trains the DCGAN with the switches as set and the rest of Géron's settings; when it ends and
//! the judge has scored it, it becomes a row — what the switches changed, the parameter
//! counts, the final losses, the judge's score and 8 images — so Géron's setting and its
//! variations sit side by side. The rows are kept in the browser (they survive a reload).

use generativa_protocol::dcgan::{DcganActivation, DcganSwitches, SMALL_RUN_IMAGES};
use generativa_protocol::dense_gan::GanSettings;
use generativa_protocol::judge::ImageScore;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::DcganRun;
use crate::engine::{DataStatus, use_engine};
use crate::format::thousands;
use crate::strings;
use crate::training_run::RunPhase;
use crate::widgets::grey_image::ImageRows;

/// Where the rows are kept.
const STORAGE_KEY: &str = "generativa-dcgan-experiments";

/// Steps whose losses make a row's "final" losses.
const LAST_STEPS: usize = 50;

/// One small run's row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Experiment {
    /// Its number in the table (from 1).
    pub number: u32,
    /// The switches it ran with.
    pub switches: DcganSwitches,
    /// The generator's parameters.
    pub generator_params: u64,
    /// The discriminator's parameters.
    pub discriminator_params: u64,
    /// D's loss, mean of the last steps.
    pub discriminator_loss: f32,
    /// G's loss, mean of the last steps.
    pub generator_loss: f32,
    /// The judge's score (None: why not is in `note`).
    pub score: Option<ImageScore>,
    /// A word on a missing score.
    pub note: String,
    /// 8 of the fixed codings' images.
    pub images: Vec<Vec<u8>>,
    /// Milliseconds of training.
    pub millis: f64,
}

/// What the switches change from Géron's, in a few words ("Géron" when nothing).
pub fn differences(s: &DcganSwitches) -> String {
    let geron = DcganSwitches::default();
    let mut words = Vec::new();
    let mut note = |differs: bool, word: &'static str| {
        if differs {
            words.push(word);
        }
    };
    note(!s.generator_transposed, strings::dcgan_exp_nearest());
    note(!s.discriminator_strided, strings::dcgan_exp_pooling());
    note(!s.generator_batch_norm, strings::dcgan_exp_g_no_bn());
    note(
        s.discriminator_batch_norm != geron.discriminator_batch_norm,
        strings::dcgan_exp_d_bn(),
    );
    note(
        s.generator_activation != DcganActivation::Relu,
        strings::dcgan_exp_g_leaky(),
    );
    note(
        s.discriminator_activation != DcganActivation::LeakyRelu,
        strings::dcgan_exp_d_relu(),
    );
    note(s.dense_hidden > 0, strings::dcgan_exp_dense());
    note(s.dropout == 0.0, strings::dcgan_exp_no_dropout());
    if words.is_empty() {
        strings::dcgan_exp_geron().into()
    } else {
        words.join(" · ")
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn kept_rows() -> Vec<Experiment> {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Keeps the rows; false when the browser refused (full or disabled storage).
fn keep_rows(rows: &[Experiment]) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    if rows.is_empty() {
        return storage.remove_item(STORAGE_KEY).is_ok();
    }
    serde_json::to_string(rows).is_ok_and(|text| storage.set_item(STORAGE_KEY, &text).is_ok())
}

/// The settings of a small run with `switches`: Géron's, one pass over 10,000 images.
pub fn small_run(switches: Option<DcganSwitches>) -> GanSettings {
    GanSettings {
        epochs: 1,
        train_images: Some(SMALL_RUN_IMAGES),
        dcgan: Some(switches.unwrap_or_default()),
        ..GanSettings::dcgan()
    }
}

/// The lab: the small-run button, and the table.
#[component]
pub fn DcganExperiments() -> impl IntoView {
    let engine = use_engine();
    let DcganRun(gan) = expect_context::<DcganRun>();
    let rows = RwSignal::new(kept_rows());
    let unsaved = RwSignal::new(false);
    // The run (by generation) seen training in this page, and the one last made a row: a
    // finished small run restored from a file is not a new experiment.
    let trained_here = RwSignal::new(None::<u64>);
    let recorded = RwSignal::new(None::<u64>);
    let confirm = RwSignal::new(false);
    let is_small = move || {
        gan.ready.with(|r| {
            r.as_ref()
                .is_some_and(|r| r.settings.train_images.is_some())
        })
    };
    // A small run that finished and was scored becomes a row, once.
    Effect::new(move |_| {
        let generation = gan.run.generation.get();
        let phase = gan.run.phase.get();
        if !is_small() {
            return;
        }
        if phase == RunPhase::Running {
            trained_here.set(Some(generation));
            return;
        }
        if phase != RunPhase::Finished
            || trained_here.get_untracked() != Some(generation)
            || recorded.get_untracked() == Some(generation)
        {
            return;
        }
        let Some(report) = gan.latest_score.get() else {
            return;
        };
        let Some(ready) = gan.ready.get_untracked() else {
            return;
        };
        let Some(film) = gan
            .pictures
            .with_untracked(|p| p.as_ref().map(|p| p.film.clone()))
        else {
            return;
        };
        recorded.set(Some(generation));
        let (d_loss, g_loss) = gan.steps.with_untracked(|s| {
            let tail = &s[s.len().saturating_sub(LAST_STEPS)..];
            let n = tail.len().max(1) as f32;
            (
                tail.iter().map(|p| p.discriminator_loss).sum::<f32>() / n,
                tail.iter().map(|p| p.generator_loss).sum::<f32>() / n,
            )
        });
        let (score, note) = match report {
            Ok(s) => (Some(s.score), String::new()),
            Err(problem) => (None, crate::wording::judge_problem(&problem)),
        };
        rows.update(|r| {
            let number = r.last().map_or(1, |e| e.number + 1);
            r.push(Experiment {
                number,
                switches: ready.settings.dcgan.unwrap_or_default(),
                generator_params: ready.generator_params,
                discriminator_params: ready.discriminator_params,
                discriminator_loss: d_loss,
                generator_loss: g_loss,
                score,
                note,
                images: film,
                millis: gan.train_millis.get_untracked(),
            });
        });
        unsaved.set(!rows.with_untracked(|r| keep_rows(r)));
    });
    let data_ready = move || matches!(engine.data.get(), DataStatus::Ready(_));
    let can_run = move || data_ready() && engine.backend.get().is_some() && !gan.run.busy.get();
    // Another kind of run on screen, not finished: ask before replacing it.
    let would_replace = move || {
        gan.run.exists.get_untracked()
            && !is_small()
            && gan.run.phase.get_untracked() != RunPhase::Finished
    };
    let go = move || {
        confirm.set(false);
        gan.run.pause();
        gan.start(&engine, small_run(gan.switches.get_untracked()));
    };
    let running_small = move || is_small() && gan.run.phase.get() == RunPhase::Running;
    let clear = move |_| {
        rows.set(Vec::new());
        unsaved.set(!keep_rows(&[]));
    };
    view! {
        <section class="lab" data-testid="dcgan-experiments" data-rows=move || rows.with(Vec::len).to_string()>
            <h2 class="lab-title">{strings::dcgan_exp_title()}</h2>
            <p class="hint">{strings::dcgan_exp_hint()}</p>
            <p>
                <button data-testid="dcgan-small-run" disabled=move || !can_run() || running_small()
                    on:click=move |_| if would_replace() { confirm.set(true) } else { go() }>
                    {move || if running_small() { strings::dcgan_exp_running() } else { strings::dcgan_exp_run() }}
                </button>
                " "
                <span class="muted">{move || format!("{}: {}", strings::dcgan_exp_switches_now(), differences(&gan.switches.get().unwrap_or_default()))}</span>
            </p>
            {move || confirm.get().then(|| view! {
                <p class="note" role="alert" data-testid="dcgan-small-confirm">
                    {strings::gan_jump_confirm()}" "
                    <button data-testid="dcgan-small-yes" on:click=move |_| go()>{strings::gan_jump_yes()}</button>" "
                    <button on:click=move |_| confirm.set(false)>{strings::gan_jump_no()}</button>
                </p>
            })}
            {move || unsaved.get().then(|| view! { <p class="error" role="status">{strings::dcgan_exp_unsaved()}</p> })}
            {move || rows.with(Vec::is_empty).then(|| view! { <p class="muted">{strings::dcgan_exp_empty()}</p> })}
            {move || (!rows.with(Vec::is_empty)).then(|| view! {
                <div class="table-scroll">
                <table class="numbers experiments" data-testid="dcgan-experiment-table">
                    <thead><tr>
                        <th scope="col">"#"</th>
                        <th scope="col">{strings::dcgan_exp_col_switches()}</th>
                        <th scope="col">{strings::dcgan_exp_col_params()}</th>
                        <th scope="col">{strings::dcgan_exp_col_losses()}</th>
                        <th scope="col">{strings::dcgan_exp_col_score()}</th>
                        <th scope="col">{strings::dcgan_exp_col_images()}</th>
                    </tr></thead>
                    <tbody>
                        {rows.get().into_iter().map(|e| {
                            let images = Signal::derive({
                                let images = e.images.clone();
                                move || vec![(String::new(), images.clone())]
                            });
                            let score = match &e.score {
                                Some(s) => format!("{:.1} · {}", s.frechet, s.covered),
                                None => format!("— ({})", e.note),
                            };
                            view! {
                                <tr data-testid="dcgan-experiment-row" data-generator-params=e.generator_params.to_string()
                                    data-frechet=e.score.as_ref().map(|s| s.frechet.to_string()).unwrap_or_default()>
                                    <td class="num">{e.number}</td>
                                    <td>{differences(&e.switches)}</td>
                                    <td class="num">{format!("{} / {}", thousands(e.generator_params), thousands(e.discriminator_params))}</td>
                                    <td class="num">{format!("{:.3} / {:.3}", e.discriminator_loss, e.generator_loss)}</td>
                                    <td class="num">{score}</td>
                                    <td><ImageRows rows=images testid="dcgan-experiment-images"/></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
                <button class="secondary" data-testid="dcgan-experiments-clear" on:click=clear>{strings::dcgan_exp_clear()}</button>
            })}
        </section>
    }
}
