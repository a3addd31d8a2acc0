//! Slides 1.31–1.32 in step mode: "Fase 1" and "Fase 2" buttons step a copy of the student's
//! run (or a fresh lecture run) one phase at a time. 1.32 shows the Keras loop with the phase
//! just run highlighted, the batch with its targets and D's outputs before and after the
//! update, and the loss; 1.31 shows only the weights' fingerprints, which make
//! `discriminator.trainable = False` visible: phase 2 leaves D's fingerprint as it was.

use generativa_protocol::dense_gan::{Fingerprint, GanFingerprints};
use leptos::prelude::*;

use super::image_verdicts::{Captioned, CaptionedImages};
use crate::engine::{DataStatus, EngineStatus, use_engine};
use crate::strings;
use crate::widgets::data_loader::DataLoader;
use crate::widgets::run_error::RunError;

/// `train_gan` of slide 1.32, line by line, and which phase each line belongs to (0: neither).
const LOOP: [(&str, u8); 17] = [
    (
        "def train_gan(gan, dataset, batch_size, codings_size, n_epochs):",
        0,
    ),
    ("    generator, discriminator = gan.layers", 0),
    ("    for epoch in range(n_epochs):", 0),
    ("        print(f\"Epoch {epoch + 1}/{n_epochs}\")", 0),
    ("        for X_batch in dataset:", 0),
    ("            # Fase 1: entrenar el discriminador", 1),
    (
        "            noise = tf.random.normal(shape=[batch_size, codings_size])",
        1,
    ),
    ("            generated_images = generator(noise)", 1),
    (
        "            X_fake_and_real = tf.concat([generated_images, X_batch], axis=0)",
        1,
    ),
    (
        "            y1 = tf.constant([[0.]] * batch_size + [[1.]] * batch_size)",
        1,
    ),
    (
        "            discriminator.train_on_batch(X_fake_and_real, y1)",
        1,
    ),
    ("            # Fase 2: entrenar el generador", 2),
    (
        "            noise = tf.random.normal(shape=[batch_size, codings_size])",
        2,
    ),
    ("            y2 = tf.constant([[1.]] * batch_size)", 2),
    ("            gan.train_on_batch(noise, y2)", 2),
    (
        "        plot_multiple_images(generated_images.numpy(), 8)",
        0,
    ),
    ("        plt.show()", 0),
];

fn items(
    images: &[Vec<u8>],
    targets: &[f32],
    before: &[f32],
    after: &[f32],
    fakes: usize,
) -> Vec<Captioned> {
    images
        .iter()
        .enumerate()
        .map(|(i, pixels)| Captioned {
            pixels: pixels.clone(),
            lines: vec![
                format!("y = {}", targets.get(i).copied().unwrap_or(f32::NAN)),
                format!(
                    "D {:.2} → {:.2}",
                    before.get(i).copied().unwrap_or(f32::NAN),
                    after.get(i).copied().unwrap_or(f32::NAN)
                ),
            ],
            verdict: after.get(i).copied(),
            kind: if i < fakes { "fake" } else { "real" },
        })
        .collect()
}

/// The fingerprints table: each network before and after the last phase.
#[component]
fn Fingerprints(before: GanFingerprints, after: GanFingerprints) -> impl IntoView {
    let row = |name: &'static str, key: &'static str, b: Fingerprint, a: Fingerprint| {
        let same = b.hash == a.hash;
        let state = if same { "same" } else { "changed" };
        view! {
            <tr data-testid=format!("gan-fingerprint-{key}") data-changed=(!same).to_string()>
                <th scope="row">{name}</th>
                <td><code>{b.code()}</code></td>
                <td><code>{a.code()}</code></td>
                <td class=state>{if same { strings::gan_fp_same() } else { strings::gan_fp_changed() }}</td>
            </tr>
        }
    };
    view! {
        <table class="fingerprints">
            <caption>{strings::gan_fp_caption()}</caption>
            <thead><tr><th scope="col">{strings::gan_fp_network()}</th><th scope="col">{strings::gan_fp_before()}</th><th scope="col">{strings::gan_fp_after()}</th><th scope="col"></th></tr></thead>
            <tbody>
                {row(strings::gan_generator_name(), "generator", before.generator, after.generator)}
                {row(strings::gan_discriminator_name(), "discriminator", before.discriminator, after.discriminator)}
            </tbody>
        </table>
    }
}

/// The lab: `full` on 1.32 (code, batch, losses), fingerprints only on 1.31.
#[component]
pub fn StepLab(full: bool) -> impl IntoView {
    let engine = use_engine();
    let gan = super::use_gan();
    let look = gan.look;
    let pick = move |on_32: &'static str, on_31: &'static str| if full { on_32 } else { on_31 };
    let data_ready = move || matches!(engine.data.get(), DataStatus::Ready(_));
    let engine_ready =
        move || engine.status.get() == EngineStatus::Ready && engine.backend.get().is_some();
    // The copy is made once the engine and the data are there (and again on request).
    Effect::new(move |_| {
        if engine_ready()
            && data_ready()
            && look.session.with(Option::is_none)
            && !look.waiting.get_untracked()
        {
            look.begin(&engine);
        }
    });
    let ready = move || look.session.with(Option::is_some) && !look.waiting.get();
    let last = move || look.last_phase.get();
    let fingerprints = move || match last() {
        1 => look
            .phase_one
            .get()
            .map(|p| (p.weights_before, p.weights_after)),
        2 => look
            .phase_two
            .get()
            .map(|p| (p.weights_before, p.weights_after)),
        _ => None,
    };
    let one_items = Signal::derive(move || {
        look.phase_one.with(|p| {
            p.as_ref()
                .map(|p| {
                    items(
                        &p.images,
                        &p.targets,
                        &p.before,
                        &p.after,
                        p.images.len() / 2,
                    )
                })
                .unwrap_or_default()
        })
    });
    let two_items = Signal::derive(move || {
        look.phase_two.with(|p| {
            p.as_ref()
                .map(|p| items(&p.fakes, &p.targets, &p.before, &p.after, p.fakes.len()))
                .unwrap_or_default()
        })
    });
    view! {
        <section class="lab" data-testid=pick("gan-step-lab", "gan-frozen-lab")>
            <h2 class="lab-title">{if full { strings::gan_step_title() } else { strings::gan_frozen_title() }}</h2>
            {move || (!data_ready()).then(|| view! { <DataLoader/> })}
            <p class="hint" data-testid=pick("gan-step-session", "gan-frozen-session")
                data-epoch=move || look.session.with(|s| s.as_ref().map(|s| (s.epochs_done + 1).to_string()).unwrap_or_default())
                data-step=move || look.session.with(|s| s.as_ref().map(|s| (s.step_in_epoch + 1).to_string()).unwrap_or_default())>
                {move || look.session.with(|s| s.as_ref().map(|s| format!("{} · {} {}, {} {}",
                    if s.copy_of_run { strings::gan_step_copy() } else { strings::gan_step_fresh() },
                    strings::gan_step_next_epoch(), s.epochs_done + 1, strings::gan_step_next_step(), s.step_in_epoch + 1)))}
            </p>
            <div class="button-row">
                <button class="primary" data-testid=pick("gan-phase-1", "gan-frozen-1")
                    disabled=move || !ready() || last() == 1
                    on:click=move |_| look.phase(&engine, 1)>{strings::gan_phase_1()}</button>
                <button class="primary" data-testid=pick("gan-phase-2", "gan-frozen-2")
                    disabled=move || !ready() || last() != 1
                    on:click=move |_| look.phase(&engine, 2)>{strings::gan_phase_2()}</button>
                <button class="secondary" disabled=move || look.waiting.get() || !engine_ready() || !data_ready()
                    on:click=move |_| look.begin(&engine)>{strings::gan_step_again()}</button>
            </div>
            <RunError run=gan.run reset_label=strings::vae_reset() testid=pick("gan-step-error", "gan-frozen-error")
                on_reset=Callback::new(move |_| look.begin(&engine))/>
            {move || fingerprints().map(|(b, a)| view! { <Fingerprints before=b after=a/> })}
            {full.then(|| view! {
                <pre class="code step-code" tabindex="0" data-testid="gan-step-code" data-highlight=move || last().to_string()><code>
                    {LOOP.iter().map(|&(line, phase)| view! {
                        <span class="code-line" class:current=move || phase != 0 && phase == last()>{line}</span>
                    }).collect_view()}
                </code></pre>
                {move || (last() == 1).then(|| look.phase_one.get().map(|p| view! {
                    <h3>{format!("{} · {} {}, {} {}", strings::gan_phase_1_done(), strings::gan_step_next_epoch(), p.epoch, strings::gan_step_next_step(), p.step)}</h3>
                    <p class="counters" data-testid="gan-phase-1-loss" data-loss=p.loss.to_string()>{format!("{} {:.4}", strings::gan_d_loss(), p.loss)}</p>
                    <p class="hint">{strings::gan_phase_1_hint()}</p>
                })).flatten()}
                {move || (last() == 1).then(|| view! { <CaptionedImages items=one_items testid="gan-phase-1-batch"/> })}
                {move || (last() == 2).then(|| look.phase_two.get().map(|p| view! {
                    <h3>{strings::gan_phase_2_done()}</h3>
                    <p class="counters" data-testid="gan-phase-2-loss" data-loss=p.loss.to_string() data-d-loss=p.numbers.discriminator_loss.to_string()>
                        {format!("{} {:.4} · {} {:.4}", strings::gan_g_loss(), p.loss, strings::gan_d_loss(), p.numbers.discriminator_loss)}</p>
                    <p class="hint">{strings::gan_phase_2_hint()}</p>
                })).flatten()}
                {move || (last() == 2).then(|| view! { <CaptionedImages items=two_items testid="gan-phase-2-batch"/> })}
            })}
            <p class="hint">{if full { strings::gan_step_hint() } else { strings::gan_frozen_hint() }}</p>
        </section>
    }
}
