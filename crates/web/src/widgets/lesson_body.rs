//! A lesson's blocks: paragraphs, lists, subheadings, math, code, notes and pictures.

use leptos::prelude::*;

use crate::lecture::{Block, Inline, Lesson};
use crate::strings;
use crate::toy::{
    discriminator_lab::DiscriminatorLab, generator_lab::GeneratorLab, loss_lab::LossLab,
    sigmoid_chart::SigmoidLab, training_lab::TrainingLab,
};
use crate::vae::{
    architecture::Architecture, latent_loss_lab::LatentLossLab, latent_map::LatentMap,
    loss_charts::PartsChart, sampling_lab::SamplingLab, sources, summary_table::SummaryTable,
    training_lab::VaeTrainingLab, twice_lab::TwiceLab,
};
use crate::widgets::{code_block::CodeBlock, later::Later, math::Math, pixel_grid::PixelGrid};

fn inline_view(runs: &[Inline]) -> impl IntoView + use<> {
    runs.iter()
        .map(|run| match run {
            Inline::Text(t) => t.clone().into_any(),
            Inline::Math(tex) => view! { <Math tex=tex.clone()/> }.into_any(),
            Inline::Code(c) => view! { <code>{c.clone()}</code> }.into_any(),
            Inline::Strong(s) => view! { <strong>{s.clone()}</strong> }.into_any(),
            Inline::Link { text, href } => {
                view! { <a href=href.clone()>{text.clone()}</a> }.into_any()
            }
        })
        .collect_view()
}

/// Lab names the lecture file may use.
#[cfg_attr(not(test), allow(dead_code))] // read by the lesson registry test
pub const LABS: [&str; 14] = [
    "discriminador",
    "sigmoide",
    "generador",
    "perdidas",
    "entrenamiento",
    "vae-dos-veces",
    "vae-arquitectura",
    "vae-latente",
    "vae-partes",
    "vae-perdida-latente",
    "vae-muestreo",
    "vae-resumen",
    "vae-entrenamiento",
    "rust",
];

/// The interactive lab called `name` (one of `LABS`).
fn lab(name: &str, arg: &str) -> AnyView {
    match name {
        "discriminador" => view! { <DiscriminatorLab start=arg.to_owned()/> }.into_any(),
        "sigmoide" => view! { <SigmoidLab/> }.into_any(),
        "generador" => view! { <GeneratorLab start=arg.to_owned()/> }.into_any(),
        "perdidas" => view! { <LossLab/> }.into_any(),
        "entrenamiento" => view! { <TrainingLab/> }.into_any(),
        "vae-dos-veces" => view! { <TwiceLab/> }.into_any(),
        "vae-arquitectura" => view! { <Architecture/> }.into_any(),
        "vae-latente" => view! { <LatentMap/> }.into_any(),
        "vae-partes" => view! { <PartsChart/> }.into_any(),
        "vae-perdida-latente" => view! { <LatentLossLab/> }.into_any(),
        "vae-muestreo" => view! { <SamplingLab/> }.into_any(),
        "vae-resumen" => view! { <SummaryTable part=arg.to_owned()/> }.into_any(),
        "vae-entrenamiento" => view! { <VaeTrainingLab/> }.into_any(),
        "rust" => match sources::source(arg) {
            Some(text) => view! { <CodeBlock text=text lang="rust" caption=format!("{} · crates/core/src/{arg}", strings::RUST_CAPTION)/> }.into_any(),
            None => ().into_any(),
        },
        _ => ().into_any(),
    }
}

/// The body of `lesson`.
#[component]
pub fn LessonBody(lesson: &'static Lesson) -> impl IntoView {
    lesson
        .blocks
        .iter()
        .map(|block| match block {
            Block::Para(runs) => view! { <p>{inline_view(runs)}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.iter().map(|item| view! { <li>{inline_view(item)}</li> }).collect_view()}</ul>
            }
            .into_any(),
            Block::Heading(text) => view! { <h2>{text.clone()}</h2> }.into_any(),
            Block::Math(tex) => view! { <Math tex=tex.clone() display=true/> }.into_any(),
            Block::Code { lang, text } => view! { <CodeBlock text=text.clone() lang=lang.clone()/> }.into_any(),
            Block::Note(runs) => view! { <aside class="note" data-testid="note">{inline_view(runs)}</aside> }.into_any(),
            Block::Grid { values, caption } => view! { <PixelGrid values=values.clone() caption=caption.clone()/> }.into_any(),
            Block::Lab { name, arg } => view! { <Later>{move || lab(name, arg)}</Later> }.into_any(),
        })
        .collect_view()
}
