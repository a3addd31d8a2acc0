//! The table of contents, grouped by the lecture's parts, marking the current section.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::lecture::{self, Lesson};
use crate::strings;

/// Every page of the lecture.
#[component]
pub fn Toc() -> impl IntoView {
    let location = use_location();
    let mut groups: Vec<(String, Vec<&'static Lesson>)> = Vec::new();
    for lesson in lecture::lessons() {
        match groups.last_mut() {
            Some((part, items)) if *part == lesson.part => items.push(lesson),
            _ => groups.push((lesson.part.clone(), vec![lesson])),
        }
    }
    view! {
        <div class="toc" data-testid="toc">
            <h2 class="toc-title">{strings::toc()}</h2>
            {groups.into_iter().map(|(part, items)| view! {
                <section class="toc-part">
                    <h3>{part}</h3>
                    <ol>
                        {items.into_iter().map(|lesson| {
                            let path = lesson.path();
                            let slugs = lesson.slugs();
                            let current = move || {
                                let p = location.pathname.get();
                                slugs.iter().any(|s| p == lecture::path_of(s)) || (p == "/" && lesson.numbers[0] == "agenda")
                            };
                            view! {
                                <li class:current=current.clone()>
                                    <A href=path>
                                        <span class="toc-number">{lesson.number_label()}</span>
                                        <span class="toc-name">{lesson.title.clone()}</span>
                                    </A>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
            }).collect_view()}
        </div>
    }
}
