//! The judge's verdict on a model's images, the same on every page that shows one: the Fréchet
//! distance placed on a scale beside the three references (real images, noisy, blurred), the
//! classes the judge sees (a bar per class, how many covered, KL from uniform) and, for a run
//! with epochs, the score of each epoch.

use generativa_protocol::judge::{
    CLASS_NAMES, COVERED_SHARE, EpochScore, JudgeProblem, SCORED_IMAGES, pretrained,
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
        (strings::JUDGE_FLOOR, pretrained::FLOOR, "reference"),
        (strings::JUDGE_NOISY, pretrained::NOISY, "reference"),
        (strings::JUDGE_BLURRED, pretrained::BLURRED, "reference"),
    ];
    let value = score.score.frechet;
    view! {
        <div class="judge-scale" role="img" aria-label=format!("{} {} · {} {} · {} {} · {} {}",
            strings::JUDGE_THIS, distance(value), strings::JUDGE_FLOOR, distance(pretrained::FLOOR),
            strings::JUDGE_NOISY, distance(pretrained::NOISY), strings::JUDGE_BLURRED, distance(pretrained::BLURRED))>
            <div class="judge-line"></div>
            // Each reference's label on its own row below the line: close values stay readable.
            {marks.into_iter().enumerate().map(|(row, (label, v, class))| view! {
                <span class=format!("judge-mark {class}") style=format!("left: {:.1}%", position(v))>
                    <span class="judge-mark-label" style=format!("top: {:.1}rem", 1.4 + 1.1 * row as f64)>{format!("{label} {}", distance(v))}</span>
                </span>
            }).collect_view()}
            <span class="judge-mark this" style=format!("left: {:.1}%", position(value))>
                <span class="judge-mark-label">{format!("{} {}", strings::JUDGE_THIS, distance(value))}</span>
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
            <caption>{format!("{} {} {} {}", strings::JUDGE_CLASSES_CAPTION, score.score.images, strings::JUDGE_IMAGES, strings::JUDGE_CLASSES_RULE)}</caption>
            <tbody>
                {score.score.histogram.iter().map(|c| {
                    let share = f64::from(c.images) / f64::from(total);
                    let covered = share >= COVERED_SHARE;
                    view! {
                        <tr class:uncovered=!covered>
                            <th scope="row">{CLASS_NAMES.get(usize::from(c.class)).copied().unwrap_or("?")}</th>
                            <td class="bar-cell"><span class="bar" style=format!("width: {:.1}%", f64::from(c.images) / f64::from(most) * 100.0)></span></td>
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
) -> impl IntoView {
    view! {
        <div class="judge" data-testid=testid>
            {move || match latest.get() {
                None => view! { <p class="muted">{strings::JUDGE_NOTHING_YET}</p> }.into_any(),
                Some(Err(problem)) => view! {
                    <p class="error" role="status" data-testid=format!("{testid}-problem")>{wording::judge_problem(&problem)}</p>
                }.into_any(),
                Some(Ok(score)) => {
                    let s = &score.score;
                    view! {
                        <p class="judge-headline" data-testid=format!("{testid}-value")
                            data-frechet=format!("{:.4}", s.frechet) data-covered=s.covered.to_string()
                            data-kl=format!("{:.4}", s.kl_from_uniform) data-epoch=score.epoch.to_string()>
                            <strong>{format!("{} {}", strings::JUDGE_FRECHET, distance(s.frechet))}</strong>
                            {format!(" · {} {}/10 · KL {:.2} · {} {}", strings::JUDGE_COVERED, s.covered, s.kl_from_uniform, strings::JUDGE_AFTER_EPOCHS, score.epoch)}
                        </p>
                        <Scale score=score.clone()/>
                        <Classes score=score.clone()/>
                    }.into_any()
                }
            }}
            {move || history.with(|h| (h.len() > 1).then(|| view! {
                <table class="judge-history" data-testid=format!("{testid}-history") data-count=h.len().to_string()>
                    <caption>{strings::JUDGE_HISTORY}</caption>
                    <thead><tr><th scope="col">{strings::VAE_EPOCH_AXIS}</th><th scope="col">"Fréchet"</th>
                        <th scope="col">{strings::JUDGE_COVERED}</th><th scope="col">"KL"</th></tr></thead>
                    <tbody>
                        {h.iter().map(|e| view! {
                            <tr><td class="num">{e.epoch}</td><td class="num">{distance(e.score.frechet)}</td>
                                <td class="num">{format!("{}/10", e.score.covered)}</td><td class="num">{format!("{:.2}", e.score.kl_from_uniform)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }))}
            <p class="hint">{format!("{} {} {}", strings::JUDGE_HINT_1, SCORED_IMAGES, strings::JUDGE_HINT_2)}
                {format!(" {} {:.1} %. SHA-256 {}…", strings::JUDGE_ACCURACY, pretrained::TEST_ACCURACY * 100.0, &pretrained::SHA256[..12])}</p>
        </div>
    }
}
