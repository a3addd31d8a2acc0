//! A small LaTeX-to-MathML converter for the lecture's equations, so the browser renders real
//! math (MathML Core) with nothing loaded from elsewhere. It covers the subset the lecture
//! uses: fractions, sums, sub- and superscripts, Greek letters, function names and text.

/// Converts `latex` to a `<math>` element; `display` makes it a block equation.
pub fn to_mathml(latex: &str, display: bool) -> String {
    let tokens = tokenize(latex);
    let mut parser = Parser { tokens, pos: 0 };
    let body = parser.sequence(None);
    let mode = if display { " display=\"block\"" } else { "" };
    format!("<math{mode}><mrow>{body}</mrow></math>")
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Command(String),
    Open,
    Close,
    Sup,
    Sub,
    Letter(char),
    Number(String),
    Symbol(char),
}

fn tokenize(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let start = i + 1;
                let mut j = start;
                while j < chars.len() && chars[j].is_ascii_alphabetic() {
                    j += 1;
                }
                if j == start && j < chars.len() {
                    // \{ \} \, \; \! and friends.
                    out.push(Tok::Command(chars[j].to_string()));
                    i = j + 1;
                } else {
                    out.push(Tok::Command(chars[start..j].iter().collect()));
                    i = j;
                }
            }
            '{' => {
                out.push(Tok::Open);
                i += 1;
            }
            '}' => {
                out.push(Tok::Close);
                i += 1;
            }
            '^' => {
                out.push(Tok::Sup);
                i += 1;
            }
            '_' => {
                out.push(Tok::Sub);
                i += 1;
            }
            c if c.is_whitespace() => i += 1,
            c if c.is_ascii_digit()
                || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)) =>
            {
                let mut j = i;
                while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == '.') {
                    j += 1;
                }
                out.push(Tok::Number(chars[i..j].iter().collect()));
                i = j;
            }
            c if c.is_alphabetic() => {
                out.push(Tok::Letter(c));
                i += 1;
            }
            c => {
                out.push(Tok::Symbol(c));
                i += 1;
            }
        }
    }
    out
}

struct Parser {
    tokens: Vec<Tok>,
    pos: usize,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn greek(name: &str) -> Option<char> {
    Some(match name {
        "alpha" => 'α',
        "beta" => 'β',
        "gamma" => 'γ',
        "delta" => 'δ',
        "epsilon" | "varepsilon" => 'ε',
        "theta" => 'θ',
        "lambda" => 'λ',
        "mu" => 'μ',
        "pi" => 'π',
        "sigma" => 'σ',
        "phi" | "varphi" => 'φ',
        "Sigma" => 'Σ',
        "Delta" => 'Δ',
        _ => return None,
    })
}

fn operator(name: &str) -> Option<&'static str> {
    Some(match name {
        "cdot" => "·",
        "times" => "×",
        "odot" => "⊙",
        "sim" => "∼",
        "approx" => "≈",
        "leq" | "le" => "≤",
        "geq" | "ge" => "≥",
        "neq" => "≠",
        "in" => "∈",
        "to" | "rightarrow" => "→",
        "Leftrightarrow" | "iff" => "⇔",
        "Rightarrow" | "implies" => "⇒",
        "infty" => "∞",
        "partial" => "∂",
        "nabla" => "∇",
        "pm" => "±",
        "mid" => "|",
        "{" => "{",
        "}" => "}",
        "|" => "‖",
        "ldots" | "dots" => "…",
        _ => return None,
    })
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    /// Atoms until `}` (when inside a group) or the end.
    fn sequence(&mut self, until_close: Option<()>) -> String {
        let mut out = String::new();
        while let Some(tok) = self.peek() {
            if *tok == Tok::Close {
                if until_close.is_some() {
                    self.pos += 1;
                }
                if until_close.is_some() {
                    return out;
                }
                self.pos += 1;
                continue;
            }
            let base = self.atom();
            out.push_str(&self.scripts(base));
        }
        out
    }

    /// One required argument: a `{group}` or a single atom.
    fn argument(&mut self) -> String {
        if self.peek() == Some(&Tok::Open) {
            self.pos += 1;
            format!("<mrow>{}</mrow>", self.sequence(Some(())))
        } else {
            self.atom()
        }
    }

    fn raw_group(&mut self) -> String {
        let mut text = String::new();
        if self.peek() != Some(&Tok::Open) {
            return text;
        }
        self.pos += 1;
        let mut depth = 1;
        while let Some(tok) = self.next() {
            match tok {
                Tok::Open => depth += 1,
                Tok::Close => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Tok::Letter(c) | Tok::Symbol(c) => text.push(c),
                Tok::Number(n) => text.push_str(&n),
                Tok::Command(c) if c == "," || c == " " => text.push(' '),
                Tok::Command(c) => text.push_str(&c),
                Tok::Sup => text.push('^'),
                Tok::Sub => text.push('_'),
            }
        }
        text
    }

    fn scripts(&mut self, base: String) -> String {
        let is_big = base.contains("movablelimits") || base.contains(">∑<");
        let mut sub = None;
        let mut sup = None;
        loop {
            match self.peek() {
                Some(Tok::Sub) if sub.is_none() => {
                    self.pos += 1;
                    sub = Some(self.argument());
                }
                Some(Tok::Sup) if sup.is_none() => {
                    self.pos += 1;
                    sup = Some(self.argument());
                }
                _ => break,
            }
        }
        match (sub, sup, is_big) {
            (None, None, _) => base,
            (Some(b), None, true) => format!("<munder>{base}{b}</munder>"),
            (None, Some(p), true) => format!("<mover>{base}{p}</mover>"),
            (Some(b), Some(p), true) => format!("<munderover>{base}{b}{p}</munderover>"),
            (Some(b), None, false) => format!("<msub>{base}{b}</msub>"),
            (None, Some(p), false) => format!("<msup>{base}{p}</msup>"),
            (Some(b), Some(p), false) => format!("<msubsup>{base}{b}{p}</msubsup>"),
        }
    }

    fn atom(&mut self) -> String {
        match self.next() {
            None => String::new(),
            Some(Tok::Open) => format!("<mrow>{}</mrow>", self.sequence(Some(()))),
            Some(Tok::Close) => String::new(),
            Some(Tok::Sup) | Some(Tok::Sub) => String::new(),
            Some(Tok::Letter(c)) => format!("<mi>{}</mi>", escape(&c.to_string())),
            Some(Tok::Number(n)) => format!("<mn>{n}</mn>"),
            Some(Tok::Symbol(c)) => {
                let text = match c {
                    '-' => "−".to_owned(),
                    '*' => "·".to_owned(),
                    '\'' => "′".to_owned(),
                    c => c.to_string(),
                };
                let stretch = if matches!(c, '(' | ')' | '[' | ']') {
                    " stretchy=\"false\""
                } else {
                    ""
                };
                format!("<mo{stretch}>{}</mo>", escape(&text))
            }
            Some(Tok::Command(name)) => self.command(&name),
        }
    }

    fn command(&mut self, name: &str) -> String {
        if let Some(g) = greek(name) {
            return format!("<mi>{g}</mi>");
        }
        if let Some(op) = operator(name) {
            return format!("<mo>{}</mo>", escape(op));
        }
        match name {
            "frac" => {
                let num = self.argument();
                let den = self.argument();
                format!("<mfrac>{num}{den}</mfrac>")
            }
            "sqrt" => format!("<msqrt>{}</msqrt>", self.argument()),
            "hat" => format!(
                "<mover accent=\"true\">{}<mo>^</mo></mover>",
                self.argument()
            ),
            "bar" => format!(
                "<mover accent=\"true\">{}<mo>¯</mo></mover>",
                self.argument()
            ),
            "sum" => "<mo movablelimits=\"false\">∑</mo>".to_owned(),
            "log" | "ln" | "exp" | "max" | "min" | "tanh" => {
                format!("<mi>{name}</mi><mo>&#x2061;</mo>")
            }
            "text" | "mathrm" | "operatorname" => {
                format!("<mtext>{}</mtext>", escape(&self.raw_group()))
            }
            "mathbf" | "boldsymbol" => format!(
                "<mi mathvariant=\"bold\">{}</mi>",
                escape(&self.raw_group())
            ),
            "mathcal" => {
                let t = self.raw_group();
                let mapped = if t == "N" {
                    "𝒩".to_owned()
                } else if t == "L" {
                    "ℒ".to_owned()
                } else {
                    t
                };
                format!("<mi>{}</mi>", escape(&mapped))
            }
            "mathbb" => {
                let t = self.raw_group();
                let mapped = if t == "E" { "𝔼".to_owned() } else { t };
                format!("<mi>{}</mi>", escape(&mapped))
            }
            "left" | "right" | "big" | "Big" | "bigl" | "bigr" => self.atom(),
            "quad" => "<mspace width=\"1em\"/>".to_owned(),
            "qquad" => "<mspace width=\"2em\"/>".to_owned(),
            "," | ";" | " " => "<mspace width=\"0.2em\"/>".to_owned(),
            other => format!("<mi>{}</mi>", escape(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_sums_and_scripts() {
        let m = to_mathml(
            r"L = -\frac{1}{2} \sum_{i=1}^{n} [1 + \log(\sigma_i^2) - \sigma_i^2 - \mu_i^2]",
            true,
        );
        assert!(m.starts_with("<math display=\"block\">"));
        assert!(m.contains("<mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac>"));
        assert!(m.contains("<munderover><mo movablelimits=\"false\">∑</mo>"));
        assert!(m.contains("<msubsup><mi>σ</mi><mi>i</mi><mn>2</mn></msubsup>"));
        assert!(m.contains("<mo>−</mo>"));
        assert!(!m.contains('\\'), "{m}");
    }

    #[test]
    fn text_and_functions() {
        let m = to_mathml(
            r"z = \mu + \exp(\gamma / 2) \odot \varepsilon,\ \varepsilon \sim \mathcal{N}(0, I)",
            false,
        );
        assert!(m.contains("<mi>exp</mi>"));
        assert!(m.contains("<mo>⊙</mo>"));
        assert!(m.contains("<mi>𝒩</mi>"));
        let t = to_mathml(r"\text{puntaje} < 4", false);
        assert!(t.contains("<mtext>puntaje</mtext>"));
        assert!(t.contains("&lt;"));
    }

    #[test]
    fn unbalanced_input_does_not_panic() {
        for src in ["{", "}", "^", "x_", r"\frac{1}", r"\sum_{", ""] {
            let _ = to_mathml(src, true);
        }
    }
}
