//! The judge's verdict on a model's images, the same on every page that shows one: the Fréchet
//! distance placed on a scale beside the three references (real images, noisy, blurred), the
//! classes the judge sees (a bar per class, how many covered, KL from uniform) and, for a run
//! with epochs, the score of each epoch.

use generativa_protocol::judge::{
    COVERED_SHARE, EpochScore, JudgeProblem, SCORED_IMAGES, pretrained,
};
use leptos::prelude::*;

use crate::strings;
use crate::wording;

/// Where a distance sits on the scale, in percent: logarithmic from 0.1 to 1,000.
fn position(frechet: f64) -> f64 {
    let (low, high) = (0.1f64.ln(), 1_000f64.ln());
    ((frechet.max(0.1).ln() - low) / (high - low) * 100.0).clamp(0.0, 100.0)
}

/// A distance as the page prints it (two decimals below 10, one above).
pub fn distance(frechet: f64) -> String {
    if frechet < 10.0 {
        format!("{frechet:.2}")
    } else {
        format!("{frechet:.1}")
    }
}

/// The scale: the three references and this score as marks on one logarithmic line.
#[component]
fn Scale(score: EpochScore) -> impl IntoView {
    let marks = [
        (strings::judge_floor(), pretrained::FLOOR, "reference"),
        (strings::judge_noisy(), pretrained::NOISY, "reference"),
        (strings::judge_blurred(), pretrained::BLURRED, "reference"),
    ];
    let value = score.score.frechet;
    view! {
        <div class="judge-scale" role="img" aria-label=format!("{} {} · {} {} · {} {} · {} {}",
            strings::judge_this(), distance(value), strings::judge_floor(), distance(pretrained::FLOOR),
            strings::judge_noisy(), distance(pretrained::NOISY), strings::judge_blurred(), distance(pretrained::BLURRED))>
            <div class="judge-line"></div>
            // Each reference's label on its own row below the line: close values stay readable.
            {marks.into_iter().enumerate().map(|(row, (label, v, class))| view! {
                <span class=format!("judge-mark {class}") style=("left", format!("{:.1}%", position(v)))>
                    <span class="judge-mark-label" style=("top", format!("{:.1}rem", 1.4 + 1.1 * row as f64))>{format!("{label} {}", distance(v))}</span>
                </span>
            }).collect_view()}
            <span class="judge-mark this" style=("left", format!("{:.1}%", position(value)))>
                <span class="judge-mark-label">{format!("{} {}", strings::judge_this(), distance(value))}</span>
            </span>
        </div>
    }
}

/// The classes the judge sees in the images.
#[component]
fn Classes(score: EpochScore) -> impl IntoView {
    let total = score.score.images.max(1);
    let most = score
        .score
        .histogram
        .iter()
        .map(|c| c.images)
        .max()
        .unwrap_or(1)
        .max(1);
    view! {
        <table class="judge-classes" data-testid="judge-classes">
            <caption>{format!("{} {} {} {}", strings::judge_classes_caption(), score.score.images, strings::judge_images(), strings::judge_classes_rule())}</caption>
            <tbody>
                {score.score.histogram.iter().map(|c| {
                    let share = f64::from(c.images) / f64::from(total);
                    let covered = share >= COVERED_SHARE;
                    view! {
                        <tr class:uncovered=!covered>
                            <th scope="row">{crate::strings::fashion_class(usize::from(c.class))}</th>
                            <td class="bar-cell"><span class="bar" style=("width", format!("{:.1}%", f64::from(c.images) / f64::from(most) * 100.0))></span></td>
                            <td class="num">{format!("{:.1} %", share * 100.0)}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The judge's verdict: a score (or why there is none), and optionally every epoch's.
#[component]
pub fn JudgeScore(
    /// The latest report (None before any).
    #[prop(into)]
    latest: Signal<Option<Result<EpochScore, JudgeProblem>>>,
    /// Every epoch's score so far (empty hides the table).
    #[prop(into, optional)]
    history: Signal<Vec<EpochScore>>,
    /// `data-testid` of the box.
    testid: &'static str,
    /// When the images were made, in words, for a run without epochs (else "after N epochs").
    #[prop(optional)]
    moment: Option<fn() -> &'static str>,
) -> impl IntoView {
    let when = move |epoch: u32| match moment {
        Some(words) => words().to_owned(),
        None => format!("{} {epoch}", strings::judge_after_epochs()),
    };
    view! {
        <div class="judge" data-testid=testid>
            {move || match latest.get() {
                None => view! { <p class="muted">{strings::judge_nothing_yet()}</p> }.into_any(),
                Some(Err(problem)) => view! {
                    <p class="error" role="status" data-testid=format!("{testid}-problem")>{wording::judge_problem(&problem)}</p>
                }.into_any(),
                Some(Ok(score)) => {
                    let s = &score.score;
                    view! {
                        <p class="judge-headline" data-testid=format!("{testid}-value")
                            data-frechet=format!("{:.4}", s.frechet) data-covered=s.covered.to_string()
                            data-kl=format!("{:.4}", s.kl_from_uniform) data-epoch=score.epoch.to_string()>
                            <strong>{format!("{} {}", strings::judge_frechet(), distance(s.frechet))}</strong>
                            {format!(" · {} {}/10 · KL {:.2} · {}", strings::judge_covered(), s.covered, s.kl_from_uniform, when(score.epoch))}
                        </p>
                        <Scale score=score.clone()/>
                        <Classes score=score.clone()/>
                    }.into_any()
                }
            }}
            {move || history.with(|h| (h.len() > 1).then(|| view! {
                <table class="judge-history" data-testid=format!("{testid}-history") data-count=h.len().to_string()>
                    <caption>{strings::judge_history()}</caption>
                    <thead><tr><th scope="col">{strings::vae_epoch_axis()}</th><th scope="col">"Fréchet"</th>
                        <th scope="col">{strings::judge_covered()}</th><th scope="col">"KL"</th></tr></thead>
                    <tbody>
                        {h.iter().map(|e| view! {
                            <tr><td class="num">{e.epoch}</td><td class="num">{distance(e.score.frechet)}</td>
                                <td class="num">{format!("{}/10", e.score.covered)}</td><td class="num">{format!("{:.2}", e.score.kl_from_uniform)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }))}
            <p class="hint">{format!("{} {} {}", strings::judge_hint_1(), SCORED_IMAGES, strings::judge_hint_2())}
                {format!(" {} {:.1} %. SHA-256 {}…", strings::judge_accuracy(), pretrained::TEST_ACCURACY * 100.0, &pretrained::SHA256[..12])}</p>
        </div>
    }
}
