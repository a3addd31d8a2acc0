//! Reads the lecture file's small format: `--- Parte` lines, `=== 1.5 | Título` section heads
//! (`=== 1.18 = 1.17` for a repeated slide), and blocks separated by blank lines: paragraphs,
//! `- ` lists, `### ` subheadings, `$$` display math, fenced code, `> ` notes and
//! `::: grid v1 … v9 | caption` figures, `::: lab name argument` interactive labs.
//! Inline: `$math$`, `` `code` ``, `**bold**` and `[text](/seccion/1-29)` links.

use super::Lesson;

/// A block of a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph.
    Para(Vec<Inline>),
    /// A bulleted list.
    List(Vec<Vec<Inline>>),
    /// A subheading.
    Heading(String),
    /// A display equation (LaTeX subset).
    Math(String),
    /// A code block.
    Code {
        /// Language (`python`).
        lang: String,
        /// Source.
        text: String,
    },
    /// An editorial note: what the slide got wrong, or what the page adds.
    Note(Vec<Inline>),
    /// A 3×3 grey-level picture (1 = filled), with a caption.
    Grid {
        /// Nine values in [0, 1], row by row.
        values: Vec<f32>,
        /// Caption.
        caption: String,
    },
    /// An interactive lab (see `widgets::lab`), by name, with an optional argument.
    Lab {
        /// Which lab: `discriminador`, `sigmoide`, `generador`, `perdidas`, `entrenamiento`.
        name: String,
        /// What it starts with (e.g. the picture preset).
        arg: String,
    },
}

/// A run of text inside a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    /// Plain text.
    Text(String),
    /// Inline math (LaTeX subset).
    Math(String),
    /// Inline code.
    Code(String),
    /// Bold text.
    Strong(String),
    /// A link inside the site.
    Link {
        /// What it says.
        text: String,
        /// Where it goes.
        href: String,
    },
}

/// Splits a paragraph's text into inline runs.
pub fn inlines(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let link = rest.find("](").and_then(|middle| {
            let start = rest[..middle].rfind('[')?;
            let end = rest[middle..].find(')')? + middle;
            Some((start, end, "[", ")"))
        });
        let next = [("$", "$"), ("`", "`"), ("**", "**")]
            .iter()
            .filter_map(|(open, close)| {
                let start = rest.find(open)?;
                let end = rest[start + open.len()..].find(close)? + start + open.len();
                Some((start, end, *open, *close))
            })
            .chain(link)
            .min_by_key(|(start, ..)| *start);
        match next {
            None => {
                out.push(Inline::Text(rest.to_owned()));
                break;
            }
            Some((start, end, open, close)) => {
                if start > 0 {
                    out.push(Inline::Text(rest[..start].to_owned()));
                }
                let inner = rest[start + open.len()..end].to_owned();
                out.push(match open {
                    "$" => Inline::Math(inner),
                    "`" => Inline::Code(inner),
                    "[" => match inner.split_once("](") {
                        Some((text, href)) => Inline::Link {
                            text: text.to_owned(),
                            href: href.to_owned(),
                        },
                        None => Inline::Text(format!("[{inner})")),
                    },
                    _ => Inline::Strong(inner),
                });
                rest = &rest[end + close.len()..];
            }
        }
    }
    out
}

fn block(lines: &[&str]) -> Option<Block> {
    let first = lines.first()?.trim_start();
    if let Some(heading) = first.strip_prefix("### ") {
        return Some(Block::Heading(heading.trim().to_owned()));
    }
    if first.starts_with("- ") {
        let items = lines
            .iter()
            .fold(Vec::<String>::new(), |mut items, line| {
                match line.trim_start().strip_prefix("- ") {
                    Some(item) => items.push(item.trim().to_owned()),
                    None => {
                        if let Some(last) = items.last_mut() {
                            last.push(' ');
                            last.push_str(line.trim());
                        }
                    }
                }
                items
            })
            .iter()
            .map(|item| inlines(item))
            .collect();
        return Some(Block::List(items));
    }
    if first.starts_with("> ") {
        let text = lines
            .iter()
            .map(|l| l.trim_start().trim_start_matches('>').trim())
            .collect::<Vec<_>>()
            .join(" ");
        return Some(Block::Note(inlines(&text)));
    }
    if let Some(spec) = first.strip_prefix("::: grid ") {
        let (values, caption) = spec.split_once('|').unwrap_or((spec, ""));
        let values = values
            .split_whitespace()
            .filter_map(|v| v.parse::<f32>().ok())
            .collect();
        return Some(Block::Grid {
            values,
            caption: caption.trim().to_owned(),
        });
    }
    if let Some(spec) = first.strip_prefix("::: lab ") {
        let (name, arg) = spec.trim().split_once(' ').unwrap_or((spec.trim(), ""));
        return Some(Block::Lab {
            name: name.to_owned(),
            arg: arg.trim().to_owned(),
        });
    }
    let text = lines.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
    Some(Block::Para(inlines(&text)))
}

/// Parses the whole lecture file.
pub fn parse(source: &str) -> Vec<Lesson> {
    let mut lessons: Vec<Lesson> = Vec::new();
    let mut part = String::new();
    let mut pending: Vec<&str> = Vec::new();
    let mut lines = source.lines();

    fn flush(pending: &mut Vec<&str>, lessons: &mut [Lesson]) {
        if let (Some(lesson), Some(b)) = (lessons.last_mut(), block(pending)) {
            lesson.blocks.push(b);
        }
        pending.clear();
    }

    while let Some(line) = lines.next() {
        if let Some(title) = line.strip_prefix("--- ") {
            flush(&mut pending, &mut lessons);
            part = title.trim().to_owned();
        } else if let Some(head) = line.strip_prefix("=== ") {
            flush(&mut pending, &mut lessons);
            if let Some((number, same_as)) = head.split_once(" = ") {
                let same_as = same_as.trim();
                if let Some(shared) = lessons
                    .iter_mut()
                    .find(|l| l.numbers.iter().any(|n| n == same_as))
                {
                    shared.numbers.push(number.trim().to_owned());
                }
                continue;
            }
            let (number, title) = head.split_once('|').unwrap_or((head, ""));
            lessons.push(Lesson {
                numbers: vec![number.trim().to_owned()],
                title: title.trim().to_owned(),
                part: part.clone(),
                blocks: Vec::new(),
            });
        } else if line.trim_start().starts_with("```") {
            flush(&mut pending, &mut lessons);
            let lang = line.trim_start().trim_start_matches('`').trim().to_owned();
            let mut code = Vec::new();
            for inner in lines.by_ref() {
                if inner.trim_start().starts_with("```") {
                    break;
                }
                code.push(inner);
            }
            if let Some(lesson) = lessons.last_mut() {
                lesson.blocks.push(Block::Code {
                    lang,
                    text: code.join("\n"),
                });
            }
        } else if line.trim() == "$$" {
            flush(&mut pending, &mut lessons);
            let mut tex = Vec::new();
            for inner in lines.by_ref() {
                if inner.trim() == "$$" {
                    break;
                }
                tex.push(inner.trim());
            }
            if let Some(lesson) = lessons.last_mut() {
                lesson.blocks.push(Block::Math(tex.join(" ")));
            }
        } else if line.trim().is_empty() {
            flush(&mut pending, &mut lessons);
        } else {
            pending.push(line);
        }
    }
    flush(&mut pending, &mut lessons);
    lessons
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_block() {
        let src = "--- Parte A\n=== 1.1 | Uno\nHola $\\mu$ y `x` y **y**.\n\n- a\n- b\n  sigue\n\n$$\nx^2\n$$\n\n```python\nprint(1)\n\nprint(2)\n```\n\n> ojo\n\n::: grid 1 0 1 0 1 0 1 0 1 | Una X\n\n::: lab generador 0.8\n\nVer [más](/seccion/1-29).\n=== 1.2 | Dos\nTexto\n=== 1.3 = 1.2\n";
        let lessons = parse(src);
        assert_eq!(lessons.len(), 2);
        assert_eq!(lessons[0].part, "Parte A");
        let b = &lessons[0].blocks;
        assert_eq!(
            b[0],
            Block::Para(vec![
                Inline::Text("Hola ".into()),
                Inline::Math("\\mu".into()),
                Inline::Text(" y ".into()),
                Inline::Code("x".into()),
                Inline::Text(" y ".into()),
                Inline::Strong("y".into()),
                Inline::Text(".".into()),
            ])
        );
        assert_eq!(
            b[1],
            Block::List(vec![
                vec![Inline::Text("a".into())],
                vec![Inline::Text("b sigue".into())]
            ])
        );
        assert_eq!(b[2], Block::Math("x^2".into()));
        assert_eq!(
            b[3],
            Block::Code {
                lang: "python".into(),
                text: "print(1)\n\nprint(2)".into()
            }
        );
        assert_eq!(b[4], Block::Note(vec![Inline::Text("ojo".into())]));
        assert!(
            matches!(&b[5], Block::Grid { values, caption } if values.len() == 9 && caption == "Una X")
        );
        assert_eq!(
            b[6],
            Block::Lab {
                name: "generador".into(),
                arg: "0.8".into()
            }
        );
        assert_eq!(
            b[7],
            Block::Para(vec![
                Inline::Text("Ver ".into()),
                Inline::Link {
                    text: "más".into(),
                    href: "/seccion/1-29".into()
                },
                Inline::Text(".".into()),
            ])
        );
        assert_eq!(lessons[1].numbers, vec!["1.2", "1.3"]);
    }
}
