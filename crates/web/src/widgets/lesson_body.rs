//! A lesson's blocks: paragraphs, lists, subheadings, math, code, notes and pictures.

use leptos::prelude::*;

use crate::families;
use crate::lecture::{Block, Inline, Lesson};
use crate::strings;
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

/// The `rust` lab: a source file of `crates/core`, as the engine runs it.
pub fn rust_source(path: &'static str) -> AnyView {
    match crate::families::source(path) {
        Some(text) => view! { <CodeBlock text=text lang="rust" caption=format!("{} · crates/core/src/{path}", strings::rust_caption())/> }.into_any(),
        None => ().into_any(),
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
            Block::Lab { name, arg } => view! { <Later>{move || families::lab(name).map(|lab| (lab.view)(arg.as_str()))}</Later> }.into_any(),
        })
        .collect_view()
}
