//! Previous / next buttons under each lesson.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::lecture::{self, Lesson};
use crate::strings;

fn label(lesson: &Lesson) -> String {
    let number = lesson.number_label();
    if number.is_empty() {
        lesson.title.clone()
    } else {
        format!("{number} {}", lesson.title)
    }
}

/// Links to the pages before and after `index`.
#[component]
pub fn Pager(index: usize) -> impl IntoView {
    let (prev, next) = lecture::neighbours(index);
    view! {
        <nav class="pager" aria-label=strings::pagination()>
            {prev.map(|p| view! {
                <A href=p.path() attr:class="pager-prev" attr:data-testid="pager-prev">
                    <span class="pager-dir">{strings::prev()}</span>
                    <span class="pager-title">{label(p)}</span>
                </A>
            })}
            <span class="pager-gap"></span>
            {next.map(|n| view! {
                <A href=n.path() attr:class="pager-next" attr:data-testid="pager-next">
                    <span class="pager-dir">{strings::next()}</span>
                    <span class="pager-title">{label(n)}</span>
                </A>
            })}
        </nav>
        <p class="keys-hint">{strings::keys_hint()}</p>
    }
}
