//! A slide section's page: its heading, the slide's text with math and code, and prev / next.
//! Sections whose slides repeat verbatim (1.17/1.18, 1.24/1.25, 1.35/1.36) share one page.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::lecture::{self, Lesson};
use crate::pages::not_found::NotFound;
use crate::widgets::{lesson_body::LessonBody, pager::Pager};

/// `/`: the agenda.
#[component]
pub fn StartPage() -> impl IntoView {
    let index = lecture::index_of("agenda").unwrap_or(0);
    view! { <LessonView index=index/> }
}

/// `/seccion/:slug`.
#[component]
pub fn LessonPage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("slug").unwrap_or_default();
        match lecture::index_of(&slug) {
            Some(index) => view! { <LessonView index=index/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

/// One lesson, by its index in the registry.
#[component]
pub fn LessonView(index: usize) -> impl IntoView {
    let lesson: &'static Lesson = &lecture::lessons()[index];
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let label = lesson.number_label();
        let title = if label.is_empty() {
            lesson.title.clone()
        } else {
            format!("{label} {}", lesson.title)
        };
        document.set_title(&format!("{title} · Generativa"));
    }
    view! {
        <article class="lesson" data-testid="lesson" data-slug=lesson.slug()>
            <p class="lesson-part">{lesson.part.clone()}</p>
            <h1 data-testid="lesson-heading" data-number=lesson.numbers.join(" ")>
                {(!lesson.number_label().is_empty()).then(|| view! {
                    <span class="lesson-number">{lesson.number_label()}</span>
                })}
                <span class="lesson-title">{lesson.title.clone()}</span>
            </h1>
            <LessonBody lesson=lesson/>
            <Pager index=index/>
        </article>
    }
}
