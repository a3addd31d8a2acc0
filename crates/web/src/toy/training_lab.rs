//! Slides 1.24–1.28 live: the toy GAN starts from random weights and trains by
//! backpropagation in the engine, step by step ("Paso D", "Paso G", "Una ronda") or until a
//! number of rounds. Loss curves, D(real) and D(fake), the pictures of five fixed z values and
//! both networks' weights redraw as it learns. 1.24 and 1.28 show the same run.

use generativa_core::run::{Setting, limit};
use generativa_core::toy_gan::by_hand::{SHOWCASE_Z, looks_like_o, looks_like_x};
use generativa_core::toy_gan::screen::{PIXELS, Screen};
use generativa_protocol::toy::MODEL;
use generativa_protocol::{ToyAction, ToyNetwork, ToySettings, ToyStep};
use leptos::prelude::*;

use crate::engine::{EngineStatus, use_engine};
use crate::strings;
use crate::toy::network_diagram::{Fan, NetworkDiagram};
use crate::training_run::RunPhase;
use crate::widgets::address::{self, ShareLink};
use crate::widgets::line_chart::{LineChart, Series};
use crate::widgets::number_field::{FieldErrors, NumberField};
use crate::widgets::pixel_grid::PixelGrid;
use crate::widgets::progress_bar::ProgressBar;
use crate::widgets::run_backend_note::RunBackendNote;
use crate::widgets::run_controls::{ControlWords, RunControls};
use crate::widgets::run_error::RunError;
use crate::widgets::run_file::RunFile;

fn screen(values: &[f32]) -> Screen {
    std::array::from_fn(|i| values.get(i).copied().unwrap_or(0.0))
}

fn curve(history: &[ToyStep], network: ToyNetwork, pick: fn(&ToyStep) -> f32) -> Vec<(f64, f64)> {
    history
        .iter()
        .filter(|s| s.network == network)
        .map(|s| (f64::from(s.index), f64::from(pick(s))))
        .collect()
}

fn last(history: &[ToyStep], network: ToyNetwork) -> Option<ToyStep> {
    history.iter().rev().find(|s| s.network == network).copied()
}

/// The lab.
#[component]
pub fn TrainingLab() -> impl IntoView {
    let engine = use_engine();
    let run = super::use_toy();
    let form = FieldErrors::provide();
    let settings = form.keep_open();
    Effect::new(move |_| {
        let ready = engine.status.get() == EngineStatus::Ready && engine.backend.get().is_some();
        if ready {
            run.ensure_started(&engine);
        }
    });
    let applied = move || {
        run.report
            .with(|r| r.as_ref().map(|r| r.settings.clone()))
            .unwrap_or_default()
    };
    let defaults = run
        .report
        .get_untracked()
        .map(|r| r.settings)
        .unwrap_or_default();
    let learning_rate = RwSignal::new(defaults.learning_rate);
    let seed = RwSignal::new(defaults.seed as f64);
    let with_o = RwSignal::new(defaults.with_o);
    address::choice_from_address("o", &["0", "1"], |i| with_o.set(i == 1));
    // A loaded checkpoint brings its own settings: the fields show them.
    Effect::new(move |_| {
        if let Some(s) = run.report.with(|r| r.as_ref().map(|r| r.settings.clone())) {
            learning_rate.set(s.learning_rate);
            seed.set(s.seed as f64);
            with_o.set(s.with_o);
        }
    });
    let wanted = move || ToySettings {
        learning_rate: learning_rate.get(),
        seed: seed.get() as u64,
        with_o: with_o.get(),
    };
    let pending = move || run.report.with(|r| r.is_some()) && wanted() != applied();

    let has_run = move || run.report.with(|r| r.is_some());
    let idle = move || has_run() && !run.run.busy.get() && run.run.phase.get() != RunPhase::Running;
    let rounds = move || run.report.with(|r| r.as_ref().map_or(0, |r| r.rounds));
    let d_steps = move || {
        run.report
            .with(|r| r.as_ref().map_or(0, |r| r.discriminator_steps))
    };
    let g_steps = move || {
        run.report
            .with(|r| r.as_ref().map_or(0, |r| r.generator_steps))
    };
    let pictures = move || {
        run.report.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.weights
                        .pictures
                        .iter()
                        .map(|p| screen(p))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let all_x = move || {
        let p = pictures();
        !p.is_empty() && p.iter().all(looks_like_x)
    };
    let number = move |network: ToyNetwork, pick: fn(&ToyStep) -> f32| {
        move || {
            run.history
                .with(|h| last(h, network).map_or("—".to_owned(), |s| format!("{:.3}", pick(&s))))
        }
    };

    let loss_series = Signal::derive(move || {
        run.history.with(|h| {
            vec![
                Series {
                    label: strings::toy_d_loss().into(),
                    color: "#c2410c",
                    points: curve(h, ToyNetwork::Discriminator, |s| s.loss),
                },
                Series {
                    label: strings::toy_g_loss().into(),
                    color: "#1f4fa3",
                    points: curve(h, ToyNetwork::Generator, |s| s.loss),
                },
            ]
        })
    });
    let verdict_series = Signal::derive(move || {
        run.history.with(|h| {
            vec![
                Series {
                    label: strings::gan_d_real().into(),
                    color: "#2f7d4f",
                    points: curve(h, ToyNetwork::Discriminator, |s| s.d_real),
                },
                Series {
                    label: strings::gan_d_fake().into(),
                    color: "#a35a00",
                    points: curve(h, ToyNetwork::Discriminator, |s| s.d_fake),
                },
            ]
        })
    });
    let generator_weights = Signal::derive(move || {
        run.report.with(|r| {
            r.as_ref()
                .map(|r| r.weights.generator_weights.clone())
                .unwrap_or_else(|| vec![0.0; PIXELS])
        })
    });
    let discriminator_weights = Signal::derive(move || {
        run.report.with(|r| {
            r.as_ref()
                .map(|r| r.weights.discriminator_weights.clone())
                .unwrap_or_else(|| vec![0.0; PIXELS])
        })
    });
    let middle_picture = Signal::derive(move || {
        pictures()
            .get(SHOWCASE_Z.len() / 2)
            .map(|p| p.to_vec())
            .unwrap_or_else(|| vec![0.0; PIXELS])
    });
    let generator_biases = move || {
        run.report.with(|r| {
            r.as_ref()
                .map(|r| r.weights.generator_biases.clone())
                .unwrap_or_default()
        })
    };
    let discriminator_bias = move || {
        run.report
            .with(|r| r.as_ref().map_or(0.0, |r| r.weights.discriminator_bias))
    };

    let progress = Signal::derive(move || {
        let target = run.target_rounds.get().max(1);
        Some(((rounds().min(target) as f64 / target as f64) * 100.0).round() as u32)
    });
    let progress_label = Signal::derive(move || {
        format!(
            "{} {} / {}",
            strings::toy_rounds(),
            rounds(),
            run.target_rounds.get()
        )
    });

    let strip = move || {
        pictures()
            .into_iter()
            .zip(SHOWCASE_Z)
            .enumerate()
            .map(|(k, (p, z))| {
                let tag = if looks_like_x(&p) {
                    "X"
                } else if looks_like_o(&p) {
                    "O"
                } else {
                    "?"
                };
                view! {
                    <div class="showcase" data-testid=format!("toy-picture-{k}") data-shape=tag>
                        <PixelGrid values=p.to_vec() caption=format!("z = {z:.2} · {tag}")/>
                    </div>
                }
            })
            .collect_view()
    };

    view! {
        <section class="lab" data-testid="training-lab">
            <h2 class="lab-title">{strings::toy_train_title()}</h2>
            <p class="hint">{strings::toy_train_intro()}</p>
            {move || (!has_run()).then(|| view! { <p class="muted" data-testid="toy-waiting">{strings::toy_wait_engine()}</p> })}
            <RunControls run=run.run testid="toy" resume_id="train"
                can_start=Signal::derive(move || engine.backend.get().is_some() && !form.any())
                on_start=Callback::new(move |_| run.reset(&engine, wanted()))
                on_resume=Callback::new(move |_| run.start(&engine))
                on_pause=Callback::new(move |_| run.run.pause_and_keep(&engine))
                words=ControlWords { start: strings::toy_reset(), resume: strings::toy_train(), reset: strings::toy_reset(), finished: "" }>
                <button class="secondary" data-testid="toy-d-step" disabled=move || !idle() on:click=move |_| run.act(&engine, ToyAction::DiscriminatorStep)>{strings::toy_d_step()}</button>
                <button class="secondary" data-testid="toy-g-step" disabled=move || !idle() on:click=move |_| run.act(&engine, ToyAction::GeneratorStep)>{strings::toy_g_step()}</button>
                <button class="secondary" data-testid="toy-round" disabled=move || !idle() on:click=move |_| run.act(&engine, ToyAction::Rounds(1))>{strings::toy_round()}</button>
            </RunControls>
            <ProgressBar percent=progress label=progress_label testid="toy-progress"/>
            <p class="counters" data-testid="toy-counters" data-rounds=move || rounds().to_string()
                data-d-steps=move || d_steps().to_string() data-g-steps=move || g_steps().to_string()
                data-last-d-loss=move || run.history.with(|h| last(h, ToyNetwork::Discriminator).map(|s| s.loss.to_string()).unwrap_or_default())
                data-last-g-loss=move || run.history.with(|h| last(h, ToyNetwork::Generator).map(|s| s.loss.to_string()).unwrap_or_default())>
                {move || format!("{} {} · {} {} · {} {}", strings::toy_rounds(), rounds(), strings::toy_d_steps(), d_steps(), strings::toy_g_steps(), g_steps())}
            </p>
            <RunBackendNote model=MODEL testid="toy-runs-on"/>
            <RunError run=run.run reset_label=strings::toy_reset() testid="toy-error"
                on_reset=Callback::new(move |_| run.reset(&engine, wanted()))/>
            <RunFile model=MODEL testid="toy-file"
                can_save=Signal::derive(move || run.report.with(Option::is_some))
                can_load=Signal::derive(move || engine.backend.get().is_some())
                before_load=Callback::new(move |_| run.run.pause())/>
            <details class="settings" open=false node_ref=settings>
                <summary>{strings::toy_settings()}</summary>
                <div class="field-row">
                    <NumberField label=strings::toy_lr() value=Signal::derive(move || learning_rate.get())
                        on_value=Callback::new(move |v: f64| learning_rate.set(v)) min=limit(MODEL, Setting::LearningRate).min max=limit(MODEL, Setting::LearningRate).max decimals=6 testid="toy-lr" param="lr"/>
                    <NumberField label=strings::toy_seed() value=Signal::derive(move || seed.get())
                        on_value=Callback::new(move |v: f64| seed.set(v)) min=limit(MODEL, Setting::Seed).min max=limit(MODEL, Setting::Seed).max decimals=0 integer=true testid="toy-seed" param="seed"/>
                    <NumberField label=strings::toy_target() value=Signal::derive(move || f64::from(run.target_rounds.get()))
                        on_value=Callback::new(move |v: f64| run.target_rounds.set(v as u32)) min=limit(MODEL, Setting::Rounds).min max=limit(MODEL, Setting::Rounds).max decimals=0 integer=true testid="toy-target" param="rounds"/>
                    <label class="field check-field">
                        <input type="checkbox" data-testid="toy-with-o" prop:checked=move || with_o.get()
                            on:change=move |e| {
                                let on = event_target_checked(&e);
                                with_o.set(on);
                                address::set_param("o", Some(if on { "1" } else { "0" }));
                            }/>
                        <span>{strings::toy_with_o()}</span>
                    </label>
                </div>
                {move || pending().then(|| view! { <p class="hint" data-testid="toy-pending">{strings::toy_pending()}</p> })}
                <ShareLink testid="toy"/>
            </details>
            <div class="toy-numbers">
                <dl class="facts">
                    <dt>{strings::toy_d_loss()}</dt><dd data-testid="toy-d-loss">{number(ToyNetwork::Discriminator, |s| s.loss)}</dd>
                    <dt>{strings::toy_g_loss()}</dt><dd data-testid="toy-g-loss">{number(ToyNetwork::Generator, |s| s.loss)}</dd>
                    <dt>{strings::gan_d_real()}</dt><dd data-testid="toy-d-real">{number(ToyNetwork::Discriminator, |s| s.d_real)}</dd>
                    <dt>{strings::gan_d_fake()}</dt><dd data-testid="toy-d-fake">{number(ToyNetwork::Discriminator, |s| s.d_fake)}</dd>
                </dl>
            </div>
            <h3>{strings::toy_pictures()}</h3>
            <div class="picture-strip" data-testid="toy-pictures">{strip}</div>
            <p data-testid="toy-verdict" data-x=move || all_x().to_string()>
                {move || if all_x() { view! { <span class="ok">{strings::toy_draws_x()}</span> }.into_any() }
                    else { view! { <span class="muted">{strings::toy_not_yet_x()}</span> }.into_any() }}
            </p>
            {move || with_o.get().then(|| view! { <p class="note">{strings::toy_mode_collapse()}</p> })}
            <div class="chart-pair">
                <div><h3>{strings::toy_losses()}</h3><LineChart series=loss_series x_label=strings::toy_step_axis() testid="toy-loss-chart"/></div>
                <div><h3>{strings::toy_verdicts()}</h3><LineChart series=verdict_series x_label=strings::toy_step_axis() y_range=(0.0, 1.0) testid="toy-verdict-chart"/>
                    <p class="hint">{strings::toy_equilibrium()}</p></div>
            </div>
            <div class="lab-row">
                <div>
                    <h3>{strings::toy_generator()}</h3>
                    <p class="hint">{strings::toy_generator_hint()}</p>
                    <NetworkDiagram weights=generator_weights values=middle_picture fan=Fan::Out node=Signal::stored("z".to_owned()) testid="toy-gen-diagram"/>
                    <p class="hint mono">{move || format!("v = [{}]", generator_biases().iter().map(|b| format!("{b:+.2}")).collect::<Vec<_>>().join(", "))}</p>
                </div>
                <div>
                    <h3>{strings::toy_discriminator()}</h3>
                    <NetworkDiagram weights=discriminator_weights values=middle_picture fan=Fan::In node=Signal::stored("D".to_owned()) testid="toy-disc-diagram"/>
                    <p class="hint mono">{move || format!("b = −c = {:+.2}", -discriminator_bias())}</p>
                </div>
            </div>
        </section>
    }
}
