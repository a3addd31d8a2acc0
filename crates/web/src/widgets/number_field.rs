//! A labelled number box that accepts a decimal point or comma, refuses what is not a number in
//! its range with a message beside it, and keeps the last good value meanwhile.

use leptos::prelude::*;

/// Parses a number the way people type it: `0.8`, `0,8`, ` 4 `.
pub fn parse_number(text: &str) -> Option<f64> {
    let v: f64 = text.trim().replace(',', ".").parse().ok()?;
    v.is_finite().then_some(v)
}

fn shown(v: f64, decimals: usize) -> String {
    let s = format!("{v:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        s
    }
}

/// The fields of one form that hold a bad value right now. A lab provides it, so that its
/// buttons stay disabled (and its settings panel open) while any field is wrong: a bad value is
/// never silently replaced by the last good one when the student presses "Empezar".
#[derive(Clone, Copy)]
pub struct FieldErrors(RwSignal<Vec<String>>);

impl FieldErrors {
    /// A new, empty set, provided as context to the fields below.
    pub fn provide() -> Self {
        let errors = Self(RwSignal::new(Vec::new()));
        provide_context(errors);
        errors
    }

    /// A reference for the form's `<details>` panel: it is opened whenever a field turns
    /// wrong, so an error is never hidden in a collapsed panel (it is never closed for you).
    pub fn keep_open(&self) -> NodeRef<leptos::html::Details> {
        let panel = NodeRef::<leptos::html::Details>::new();
        let errors = *self;
        Effect::new(move |_| {
            if errors.any()
                && let Some(details) = panel.get()
            {
                details.set_open(true);
            }
        });
        panel
    }

    /// Whether any field is wrong.
    pub fn any(&self) -> bool {
        self.0.with(|v| !v.is_empty())
    }

    fn mark(&self, field: &str, bad: bool) {
        let listed = self.0.with_untracked(|v| v.iter().any(|f| f == field));
        if bad && !listed {
            self.0.update(|v| v.push(field.to_owned()));
        } else if !bad && listed {
            self.0.update(|v| v.retain(|f| f != field));
        }
    }
}

/// The field.
#[component]
pub fn NumberField(
    /// Label text (also names the field in the error message).
    #[prop(into)]
    label: String,
    /// The current value.
    #[prop(into)]
    value: Signal<f64>,
    /// Called with each good value.
    on_value: Callback<f64>,
    /// Smallest accepted value.
    min: f64,
    /// Largest accepted value.
    max: f64,
    /// Decimals shown.
    #[prop(default = 2)]
    decimals: usize,
    /// Whether only whole numbers are accepted.
    #[prop(optional)]
    integer: bool,
    /// `data-testid` of the input.
    #[prop(into)]
    testid: String,
    /// Its name in the page's address (`?epochs=5`): read when the field appears (checked as
    /// if typed) and rewritten with each good value.
    #[prop(optional)]
    param: Option<&'static str>,
) -> impl IntoView {
    let text = RwSignal::new(shown(value.get_untracked(), decimals));
    let error = RwSignal::new(None::<String>);
    // Tell the form (if any) whether this field is wrong.
    if let Some(form) = use_context::<FieldErrors>() {
        let field = testid.clone();
        Effect::new(move |_| form.mark(&field, error.get().is_some()));
        let field = testid.clone();
        on_cleanup(move || form.mark(&field, false));
    }
    // A value set from elsewhere (a reset, a loaded run) replaces the text; the first run only
    // subscribes, so a bad value from the address keeps its message.
    Effect::new(move |first: Option<()>| {
        let v = value.get();
        if first.is_none() {
            return;
        }
        let same = parse_number(&text.get_untracked()).is_some_and(|t| (t - v).abs() < 1e-9);
        if !same {
            text.set(shown(v, decimals));
            error.set(None);
        }
    });
    let name = label.clone();
    let take = move |raw: String| {
        text.set(raw.clone());
        match parse_number(&raw) {
            Some(v) if v >= min && v <= max && (!integer || v.fract() == 0.0) => {
                error.set(None);
                on_value.run(v);
                if let Some(param) = param {
                    crate::widgets::address::set_param(param, Some(raw.trim()));
                }
            }
            _ => {
                let (min, max) = (shown(min, 6), shown(max, 6));
                error.set(Some(if crate::i18n::english() {
                    let kind = if integer {
                        "a whole number"
                    } else {
                        "a number"
                    };
                    format!("{name}: write {kind} from {min} to {max}; the previous value is kept.")
                } else {
                    let kind = if integer {
                        "un número entero"
                    } else {
                        "un número"
                    };
                    format!(
                        "{name}: escribe {kind} entre {min} y {max}; se conserva el valor anterior."
                    )
                }));
            }
        }
    };
    // A value in the address is taken as if typed: the same check, the same message.
    if let Some(raw) = param.and_then(crate::widgets::address::param) {
        take.clone()(raw);
    }
    let on_input = move |e: leptos::ev::Event| take(event_target_value(&e));
    view! {
        <label class="field number-field" class:invalid=move || error.get().is_some()>
            <span>{label}</span>
            <input type="text" inputmode="decimal" data-testid=testid.clone() prop:value=move || text.get() on:input=on_input/>
            {move || error.get().map(|m| view! { <span class="field-error" data-testid=format!("{testid}-error")>{m}</span> })}
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_type_them() {
        assert_eq!(parse_number("0,8"), Some(0.8));
        assert_eq!(parse_number(" 4 "), Some(4.0));
        assert_eq!(parse_number("-1.5"), Some(-1.5));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(shown(0.8, 2), "0.8");
        assert_eq!(shown(4.0, 2), "4");
        assert_eq!(shown(0.01, 4), "0.01");
    }
}
