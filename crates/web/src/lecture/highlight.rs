//! A small Python highlighter for the lecture's Keras code: splits source into classified
//! tokens (keywords, strings, numbers, comments, calls) that the page colours with CSS.

/// What a piece of code is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// `def`, `for`, `return`…
    Keyword,
    /// A string literal (including f-strings).
    Str,
    /// A number.
    Number,
    /// A `#` comment.
    Comment,
    /// A name followed by `(`: a call or a definition.
    Call,
    /// `True`, `False`, `None`, `self`.
    Constant,
    /// Everything else (names, operators, spaces).
    Plain,
}

impl TokenKind {
    /// CSS class for the token.
    pub fn class(self) -> &'static str {
        match self {
            Self::Keyword => "tok-kw",
            Self::Str => "tok-str",
            Self::Number => "tok-num",
            Self::Comment => "tok-com",
            Self::Call => "tok-call",
            Self::Constant => "tok-const",
            Self::Plain => "tok-plain",
        }
    }
}

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "if", "import", "in", "is", "lambda", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
];

/// Rust keywords (for the engine's own source shown beside the lecture's Python).
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "else", "enum", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "static", "struct", "super", "trait", "type", "unsafe", "use", "where", "while",
];

/// Splits Python source into tokens; concatenating their text gives the source back.
#[cfg(test)]
pub fn highlight(src: &str) -> Vec<(TokenKind, String)> {
    highlight_lang(src, "python")
}

/// Splits Python or Rust (`lang` = `rust`) source into tokens; concatenating their text gives
/// the source back.
pub fn highlight_lang(src: &str, lang: &str) -> Vec<(TokenKind, String)> {
    let rust = lang == "rust";
    let keywords = if rust { RUST_KEYWORDS } else { KEYWORDS };
    let chars: Vec<char> = src.chars().collect();
    let mut out: Vec<(TokenKind, String)> = Vec::new();
    let mut push = |kind: TokenKind, text: String| {
        if let Some(last) = out.last_mut()
            && last.0 == kind
            && kind == TokenKind::Plain
        {
            last.1.push_str(&text);
            return;
        }
        out.push((kind, text));
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let comment = if rust {
            c == '/' && chars.get(i + 1) == Some(&'/')
        } else {
            c == '#'
        };
        if comment {
            let mut j = i;
            while j < chars.len() && chars[j] != '\n' {
                j += 1;
            }
            push(TokenKind::Comment, chars[i..j].iter().collect());
            i = j;
        } else if c == '"'
            || (!rust
                && (c == '\''
                    || ((c == 'f' || c == 'r')
                        && matches!(chars.get(i + 1), Some('"') | Some('\'')))))
        {
            let start = i;
            if c == 'f' || c == 'r' {
                i += 1;
            }
            let quote = chars[i];
            let mut j = i + 1;
            while j < chars.len() && chars[j] != quote && chars[j] != '\n' {
                if chars[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            let end = (j + 1).min(chars.len());
            push(TokenKind::Str, chars[start..end].iter().collect());
            i = end;
        } else if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_alphanumeric() || chars[j] == '.' || chars[j] == '_')
            {
                j += 1;
            }
            push(TokenKind::Number, chars[i..j].iter().collect());
            i = j;
        } else if c.is_alphabetic() || c == '_' {
            let mut j = i;
            while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            let kind = if keywords.contains(&word.as_str()) {
                TokenKind::Keyword
            } else if matches!(
                word.as_str(),
                "True" | "False" | "None" | "self" | "true" | "false" | "Self" | "Some"
            ) {
                TokenKind::Constant
            } else if chars.get(j) == Some(&'(') {
                TokenKind::Call
            } else {
                TokenKind::Plain
            };
            push(kind, word);
            i = j;
        } else {
            push(TokenKind::Plain, c.to_string());
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_and_round_trips() {
        let src =
            "def call(self, inputs):  # muestreo\n    return tf.exp(log_var / 2) * 0.5 + \"x\"\n";
        let tokens = highlight(src);
        let back: String = tokens.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(back, src);
        let kind_of = |text: &str| tokens.iter().find(|(_, t)| t == text).map(|(k, _)| *k);
        assert_eq!(kind_of("def"), Some(TokenKind::Keyword));
        assert_eq!(kind_of("call"), Some(TokenKind::Call));
        assert_eq!(kind_of("self"), Some(TokenKind::Constant));
        assert_eq!(kind_of("# muestreo"), Some(TokenKind::Comment));
        assert_eq!(kind_of("0.5"), Some(TokenKind::Number));
        assert_eq!(kind_of("\"x\""), Some(TokenKind::Str));
        assert_eq!(kind_of("exp"), Some(TokenKind::Call));
    }

    #[test]
    fn rust_comments_and_lifetimes() {
        let src =
            "/// μ + σ·ε\npub fn forward(&self, x: &'a str) -> Tensor<2> { x } // [batch, 10]\n";
        let tokens = highlight_lang(src, "rust");
        let back: String = tokens.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(back, src);
        let kind_of = |text: &str| tokens.iter().find(|(_, t)| t == text).map(|(k, _)| *k);
        assert_eq!(kind_of("/// μ + σ·ε"), Some(TokenKind::Comment));
        assert_eq!(kind_of("pub"), Some(TokenKind::Keyword));
        assert_eq!(kind_of("forward"), Some(TokenKind::Call));
        assert_eq!(kind_of("// [batch, 10]"), Some(TokenKind::Comment));
        assert!(!tokens.iter().any(|(k, _)| *k == TokenKind::Str));
    }

    #[test]
    fn f_strings_and_unclosed_strings() {
        let tokens = highlight("print(f\"Epoch {epoch + 1}\")\ns = 'abierta");
        assert!(
            tokens
                .iter()
                .any(|(k, t)| *k == TokenKind::Str && t.starts_with("f\"Epoch"))
        );
        assert!(
            tokens
                .iter()
                .any(|(k, t)| *k == TokenKind::Str && t == "'abierta")
        );
    }
}
