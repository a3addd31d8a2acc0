//! The lesson registry: every slide section of the lecture (agenda, 1.1–1.39, preguntas), read
//! from `semana-14.md` (Spanish, the lecture's own) or `semana-14.en.md` (English, the same
//! sections and labs). One registry drives the routes, the table of contents, prev/next and
//! the tests.

pub mod highlight;
pub mod math;
mod parse;

use std::sync::LazyLock;

pub use parse::{Block, Inline};

/// The cleaned lecture text (Spanish), in the small format `parse` reads.
const SOURCE: &str = include_str!("semana-14.md");
/// The same lecture in English: the same section heads, labs and links.
const SOURCE_EN: &str = include_str!("semana-14.en.md");

/// One page of the site: a slide section (or two sections whose slides repeat verbatim).
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    /// Section numbers shown on this page: `["1.17", "1.18"]`, or `["agenda"]`.
    pub numbers: Vec<String>,
    /// Title of the section.
    pub title: String,
    /// The part of the lecture it belongs to.
    pub part: String,
    /// Its content.
    pub blocks: Vec<Block>,
}

impl Lesson {
    /// URL slugs of every number (`1.17` → `1-17`); the first is the canonical one.
    pub fn slugs(&self) -> Vec<String> {
        self.numbers.iter().map(|n| slug_of(n)).collect()
    }

    /// The canonical slug.
    pub fn slug(&self) -> String {
        slug_of(&self.numbers[0])
    }

    /// The canonical path.
    pub fn path(&self) -> String {
        path_of(&self.slug())
    }

    /// Whether this is a numbered slide section (not the agenda or the questions).
    pub fn is_numbered(&self) -> bool {
        self.numbers[0].starts_with("1.")
    }

    /// The label shown before the title: `1.17 – 1.18`, or empty for unnumbered pages.
    pub fn number_label(&self) -> String {
        if self.is_numbered() {
            self.numbers.join(" – ")
        } else {
            String::new()
        }
    }
}

/// `1.17` → `1-17`; `agenda` stays `agenda`.
pub fn slug_of(number: &str) -> String {
    number.replace('.', "-")
}

/// The route of a slug.
pub fn path_of(slug: &str) -> String {
    format!("/seccion/{slug}")
}

static LESSONS: LazyLock<Vec<Lesson>> = LazyLock::new(|| parse::parse(SOURCE));
static LESSONS_EN: LazyLock<Vec<Lesson>> = LazyLock::new(|| parse::parse(SOURCE_EN));

/// All pages, in lecture order, in the page's language.
pub fn lessons() -> &'static [Lesson] {
    match crate::i18n::current() {
        crate::i18n::Lang::Es => &LESSONS,
        crate::i18n::Lang::En => &LESSONS_EN,
    }
}

/// The index of the page a slug (any of its numbers) routes to.
pub fn index_of(slug: &str) -> Option<usize> {
    lessons()
        .iter()
        .position(|l| l.slugs().iter().any(|s| s == slug))
}

/// The page before and after `index`.
pub fn neighbours(index: usize) -> (Option<&'static Lesson>, Option<&'static Lesson>) {
    let all = lessons();
    (
        index.checked_sub(1).and_then(|i| all.get(i)),
        all.get(index + 1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lab_and_link_is_known() {
        let mut labs = Vec::new();
        for lesson in lessons() {
            for block in &lesson.blocks {
                match block {
                    Block::Lab { name, arg } => {
                        assert!(crate::families::lab(name).is_some(), "unknown lab {name}");
                        if name == "rust" {
                            assert!(
                                crate::families::source(arg).is_some(),
                                "no Rust source {arg}"
                            );
                        }
                        labs.push((lesson.numbers[0].clone(), name.clone()));
                    }
                    Block::Para(runs) | Block::Note(runs) => {
                        for run in runs {
                            if let Inline::Link { href, .. } = run {
                                let slug = href
                                    .strip_prefix("/seccion/")
                                    .expect("links stay inside the site");
                                assert!(
                                    index_of(slug).is_some(),
                                    "link to a missing section: {href}"
                                );
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        for (number, lab) in [
            ("1.14", "discriminador"),
            ("1.17", "discriminador"),
            ("1.21", "generador"),
            ("1.24", "entrenamiento"),
            ("1.26", "perdidas"),
            ("1.28", "entrenamiento"),
            ("1.1", "vae-dos-veces"),
            ("1.2", "vae-arquitectura"),
            ("1.3", "vae-latente"),
            ("1.5", "vae-perdida-latente"),
            ("1.6", "vae-muestreo"),
            ("1.7", "vae-resumen"),
            ("1.10", "vae-entrenamiento"),
        ] {
            assert!(
                labs.contains(&(number.to_owned(), lab.to_owned())),
                "{number} should have the {lab} lab"
            );
        }
    }

    /// What a language's text must share with the other: its pages, their numbers and their labs, in
    /// the same order.
    fn skeleton(lessons: &[Lesson]) -> Vec<(Vec<String>, Vec<String>)> {
        lessons
            .iter()
            .map(|lesson| {
                let mut parts = Vec::new();
                for block in &lesson.blocks {
                    if let Block::Lab { name, arg } = block {
                        parts.push(format!("lab {name} {arg}"));
                    }
                }
                (lesson.numbers.clone(), parts)
            })
            .collect()
    }

    #[test]
    fn the_english_lecture_has_every_page_and_lab() {
        assert_eq!(skeleton(&LESSONS), skeleton(&LESSONS_EN));
        for lesson in LESSONS_EN.iter() {
            assert!(!lesson.title.is_empty(), "{:?}", lesson.numbers);
            assert!(!lesson.blocks.is_empty(), "{:?} is empty", lesson.numbers);
        }
    }

    #[test]
    fn every_section_of_the_lecture_routes() {
        assert!(index_of("agenda").is_some());
        assert!(index_of("preguntas").is_some());
        for n in 1..=39 {
            let slug = format!("1-{n}");
            let i = index_of(&slug).unwrap_or_else(|| panic!("no page for {slug}"));
            assert!(lessons()[i].numbers.contains(&format!("1.{n}")));
        }
        assert_eq!(index_of("1-40"), None);
    }

    #[test]
    fn repeated_slides_share_a_page() {
        for (a, b) in [("1-17", "1-18"), ("1-24", "1-25"), ("1-35", "1-36")] {
            assert_eq!(index_of(a), index_of(b), "{a} and {b}");
        }
        // 41 sections less the three shared ones.
        assert_eq!(lessons().len(), 41 - 3);
    }

    #[test]
    fn pages_have_titles_content_and_clean_math() {
        for lesson in lessons() {
            assert!(!lesson.title.is_empty(), "{:?}", lesson.numbers);
            assert!(!lesson.blocks.is_empty(), "{:?} is empty", lesson.numbers);
            assert!(!lesson.part.is_empty(), "{:?} has no part", lesson.numbers);
            for block in &lesson.blocks {
                if let Block::Math(tex) = block {
                    assert!(!math::to_mathml(tex, true).contains('\\'), "{tex}");
                }
                if let Block::Code { text, .. } = block {
                    assert!(!text.trim().is_empty());
                }
            }
        }
    }

    #[test]
    fn prev_and_next_walk_the_lecture() {
        let first = index_of("agenda").unwrap();
        assert_eq!(neighbours(first).0, None);
        let (prev, next) = neighbours(index_of("1-17").unwrap());
        assert_eq!(prev.unwrap().numbers, vec!["1.16"]);
        assert_eq!(next.unwrap().numbers, vec!["1.19"]);
        let last = lessons().len() - 1;
        assert_eq!(neighbours(last).1, None);
    }

    #[test]
    fn slide_slips_are_corrected_in_the_text() {
        let all: String = SOURCE.to_owned();
        for slip in [
            "concuencia",
            "lnput",
            "DGGAN",
            "entonteces",
            "lan Goodfellow",
            "escomo",
        ] {
            assert!(!all.contains(slip), "slip «{slip}» still in the text");
        }
    }
}
