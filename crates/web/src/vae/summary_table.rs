//! Keras' `summary()` for the live model: each layer's output width and parameter count, as
//! the engine reports them, with totals (slides 1.7–1.8).

use leptos::prelude::*;

use crate::engine::use_engine;
use crate::format;
use crate::strings;

/// The table for `part` (`encoder`, `decoder`, or empty for both).
#[component]
pub fn SummaryTable(
    /// Which model.
    #[prop(into)]
    part: String,
) -> impl IntoView {
    let run = super::use_vae();
    let part2 = part.clone();
    let engine = use_engine();
    Effect::new(move |_| run.describe(&engine));
    let rows = Memo::new(move |_| {
        run.layers.with(|l| {
            l.iter()
                .filter(|l| part2.is_empty() || l.part == part2)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let total = move || rows.with(|r| r.iter().map(|l| u64::from(l.params)).sum::<u64>());
    view! {
        <section class="lab" data-testid=format!("vae-summary-{part}")>
            <h2 class="lab-title">{format!("{} · {}", strings::vae_summary_title(), if part.is_empty() { "variational_ae".to_owned() } else { format!("variational_{part}") })}</h2>
            {move || if rows.with(Vec::is_empty) {
                view! { <p class="muted">{strings::vae_summary_wait()}</p> }.into_any()
            } else {
                view! {
                    <table class="numbers summary">
                        <thead><tr><th>{strings::vae_layer()}</th><th>{strings::vae_output()}</th><th>{strings::vae_params()}</th></tr></thead>
                        <tbody>
                            {rows.get().into_iter().map(|l| view! {
                                <tr><td>{l.name.clone()}</td><td class="num">{format!("(None, {})", l.output)}</td>
                                    <td class="num">{format::thousands(u64::from(l.params))}</td></tr>
                            }).collect_view()}
                        </tbody>
                        <tfoot><tr><td colspan="2">{strings::vae_total_params()}</td>
                            <td class="num" data-testid="vae-total-params">{move || format::thousands(total())}</td></tr></tfoot>
                    </table>
                }.into_any()
            }}
        </section>
    }
}
