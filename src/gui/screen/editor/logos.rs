//! Logoer: a logo's owner, names and reference measure (Generelt); its lockups with the artwork file of each
//! colourway (Opstillinger); its colourways with main colour and allowed backgrounds (Farvevarianter); and its
//! rules — clear space, minimum sizes and the size table — as forms (Regler). Each tab builds only the forms
//! of its own entries.

use iced::widget::{column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

use super::list::{Item, Labels, List};
use super::refs::{Named, Refs, named};
use super::{Env, form};
use crate::gui::theme::{self, size};
use crate::gui::widget;
use crate::i18n::Lang;
use crate::manual::edit::{Edit, Entry, Field, Key, Session, logo_file};

/// The tabs of a logo.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    /// Owner, names, reference measure.
    #[default]
    General,
    /// Lockups and their artwork files.
    Lockups,
    /// Colourways and their backgrounds.
    Colorways,
    /// Clear space, minimum sizes, size table.
    Rules,
}

impl Tab {
    const ALL: [Tab; 4] = [Tab::General, Tab::Lockups, Tab::Colorways, Tab::Rules];

    fn label(self) -> &'static str {
        match self {
            Tab::General => "editor-logo-general",
            Tab::Lockups => "editor-logo-lockups",
            Tab::Colorways => "editor-logo-colorways",
            Tab::Rules => "editor-logo-rules",
        }
    }
}

/// The logos section.
#[derive(Debug, Default)]
pub struct Logos {
    /// The list of logos.
    pub list: List,
    tab: Tab,
    new_part: String,
    /// The entries of the selected logo's file (lockups, colourways, minimum and size rows).
    entries: Vec<Entry>,
}

/// What the user did.
#[derive(Debug, Clone)]
pub enum Message {
    /// Show a tab.
    Tab(Tab),
    /// The id typed for a new lockup or colourway.
    NewPart(String),
}

/// Items of the logo list: every logo folder, named as the validated manual names it.
pub fn items(session: &Session, lang: Lang) -> Vec<Item> {
    let manual = session.manual();
    session
        .logo_ids()
        .into_iter()
        .map(|id| {
            let logo = manual.logo(&id);
            Item {
                title: logo.map_or_else(|| id.clone(), |l| l.name.get(lang).to_owned()),
                subtitle: match logo {
                    Some(l) => format!("{id} · {}", l.sender),
                    None => id.clone(),
                },
                swatch: None,
                entry: Entry::Logo(id),
            }
        })
        .collect()
}

impl Logos {
    /// Handles a message.
    pub fn update(&mut self, message: Message) {
        match message {
            Message::Tab(tab) => self.tab = tab,
            Message::NewPart(id) => self.new_part = id,
        }
    }

    /// Shows a logo (from Afsendere).
    pub fn open(&mut self, logo: String) {
        self.list.select(Entry::Logo(logo));
        self.tab = Tab::General;
    }

    fn logo(&self) -> Option<&str> {
        self.list.selected().and_then(Entry::id)
    }

    /// Reads the selected logo's entries and gives the pickers its lockups and colourways.
    pub fn follow(&mut self, refs: &mut Refs, session: Option<&Session>) {
        let Some(session) = session else {
            return;
        };
        let Some(logo) = self.logo().map(str::to_owned) else {
            self.entries.clear();
            refs.set_logo(None, Vec::new(), Vec::new());
            return;
        };
        let file = logo_file(&logo);
        self.entries = session
            .summaries(&file, &[])
            .into_iter()
            .map(|s| s.entry)
            .collect();
        let lockups = named(session, &file, |e| matches!(e, Entry::Lockup { .. }));
        let colorways = named(session, &file, |e| matches!(e, Entry::Colorway { .. }));
        refs.set_logo(Some(logo), lockups, colorways);
    }

    /// The entries whose forms the current tab shows.
    pub fn visible(&self, refs: &Refs) -> Vec<Entry> {
        let Some(logo) = self.logo() else {
            return Vec::new();
        };
        let logo = logo.to_owned();
        match self.tab {
            Tab::General => vec![Entry::Logo(logo)],
            Tab::Lockups => {
                let mut out = Vec::new();
                for lockup in refs.lockups() {
                    out.push(Entry::Lockup {
                        logo: logo.clone(),
                        id: lockup.id.clone(),
                    });
                    out.extend(refs.colorways().iter().map(|c| Entry::Artwork {
                        logo: logo.clone(),
                        lockup: lockup.id.clone(),
                        colorway: c.id.clone(),
                    }));
                }
                out
            }
            Tab::Colorways => self.of(|e| matches!(e, Entry::Colorway { .. })),
            Tab::Rules => std::iter::once(Entry::Logo(logo))
                .chain(self.of(|e| matches!(e, Entry::Minimum { .. } | Entry::Size { .. })))
                .collect(),
        }
    }

    fn of(&self, keep: impl Fn(&Entry) -> bool) -> Vec<Entry> {
        self.entries.iter().filter(|e| keep(e)).cloned().collect()
    }

    /// The section.
    pub fn view<'a>(
        &'a self,
        env: &Env<'a>,
        add_error: Option<&str>,
    ) -> Element<'a, super::Message> {
        let labels = Labels {
            search: "editor-logos-search",
            add: "editor-logos-add",
        };
        let pane: Element<'a, super::Message> = match self.logo() {
            Some(logo) => self.pane(env, logo),
            None => widget::card(text(env.ctx.tr("editor-logos-none"))),
        };
        super::list_beside(self.list.view(env, labels), add_error, pane).into()
    }

    fn pane<'a>(&'a self, env: &Env<'a>, logo: &str) -> Element<'a, super::Message> {
        let ctx = &env.ctx;
        let tabs = Tab::ALL.iter().map(|&t| {
            widget::choice(
                ctx.tr(t.label()),
                t == self.tab,
                super::Message::Logos(Message::Tab(t)),
            )
        });
        let body: Element<'a, super::Message> = match self.tab {
            Tab::General => widget::card(
                column![
                    form::entry(env, &Entry::Logo(logo.to_owned()), &[Key::ClearSpace]),
                    form::remove(env, "editor-logos-remove", &Entry::Logo(logo.to_owned())),
                ]
                .spacing(12),
            ),
            Tab::Lockups => self.lockups(env, logo),
            Tab::Colorways => self.colorways(env, logo),
            Tab::Rules => self.rules(env, logo),
        };
        column![
            widget::heading(super::describe(env, &Entry::Logo(logo.to_owned()))),
            row(tabs.collect::<Vec<Element<'a, super::Message>>>()).spacing(6),
            body,
        ]
        .spacing(12)
        .into()
    }

    fn lockups<'a>(&'a self, env: &Env<'a>, logo: &str) -> Element<'a, super::Message> {
        let ctx = &env.ctx;
        let mut content = column![widget::caption(ctx.tr("editor-lockups-explain"))].spacing(16);
        for lockup in env.refs.lockups() {
            let entry = Entry::Lockup {
                logo: logo.to_owned(),
                id: lockup.id.clone(),
            };
            let mut files = column![widget::heading(ctx.tr("editor-lockup-files"))].spacing(8);
            for colorway in env.refs.colorways() {
                let target = super::ImportTarget {
                    logo: logo.to_owned(),
                    lockup: lockup.id.clone(),
                    colorway: colorway.id.clone(),
                };
                files = files.push(artwork_row(env, target, colorway));
            }
            content = content.push(widget::card(
                column![
                    widget::heading(format!("{} ({})", lockup.name(ctx.lang), lockup.id)),
                    form::entry(env, &entry, &[]),
                    files,
                    form::remove(env, "editor-lockup-remove", &entry),
                ]
                .spacing(12),
            ));
        }
        content = content.push(self.add_part(env, logo, PartKind::Lockup));
        content.into()
    }

    fn colorways<'a>(&'a self, env: &Env<'a>, logo: &str) -> Element<'a, super::Message> {
        let ctx = &env.ctx;
        let mut content = column![widget::caption(ctx.tr("editor-colorways-explain"))].spacing(16);
        for entry in env
            .inputs
            .entries_of(|e| matches!(e, Entry::Colorway { .. }))
        {
            content = content.push(widget::card(
                column![
                    widget::heading(super::describe(env, &entry)),
                    form::entry(env, &entry, &[]),
                    form::remove(env, "editor-colorway-remove", &entry),
                ]
                .spacing(12),
            ));
        }
        content = content.push(self.add_part(env, logo, PartKind::Colorway));
        content.into()
    }

    fn rules<'a>(&'a self, env: &Env<'a>, logo: &str) -> Element<'a, super::Message> {
        let ctx = &env.ctx;
        let clear = widget::card(
            column![
                widget::heading(ctx.tr("editor-rules-clear-space")),
                widget::caption(ctx.tr("editor-rules-clear-space-explain")),
                form::field(
                    env,
                    &Field::new(Entry::Logo(logo.to_owned()), Key::ClearSpace)
                ),
            ]
            .spacing(10),
        );
        let minimums = env
            .inputs
            .entries_of(|e| matches!(e, Entry::Minimum { .. }));
        let sizes = env.inputs.entries_of(|e| matches!(e, Entry::Size { .. }));
        let table = |title: &str, explain: &str, add: &str, rows: &[Entry], new: Entry| {
            let mut content = column![
                widget::heading(ctx.tr(title)),
                widget::caption(ctx.tr(explain))
            ]
            .spacing(12);
            for entry in rows {
                content = content.push(
                    container(
                        column![
                            form::entry(env, entry, &[]),
                            form::remove(env, "editor-row-remove", entry),
                        ]
                        .spacing(8),
                    )
                    .padding(12)
                    .style(theme::outline(theme::LIGHT.border, 1.0)),
                );
            }
            content = content.push(widget::secondary(
                ctx.tr(add),
                Some(super::Message::Edit(Edit::Add {
                    entry: new,
                    values: Vec::new(),
                })),
            ));
            widget::card(content)
        };
        column![
            clear,
            table(
                "editor-rules-minimum",
                "editor-rules-minimum-explain",
                "editor-rules-minimum-add",
                &minimums,
                Entry::Minimum {
                    logo: logo.to_owned(),
                    index: minimums.len(),
                },
            ),
            table(
                "editor-rules-size",
                "editor-rules-size-explain",
                "editor-rules-size-add",
                &sizes,
                Entry::Size {
                    logo: logo.to_owned(),
                    index: sizes.len(),
                },
            ),
        ]
        .spacing(16)
        .into()
    }

    fn add_part<'a>(
        &'a self,
        env: &Env<'a>,
        logo: &str,
        kind: PartKind,
    ) -> Element<'a, super::Message> {
        let ctx = &env.ctx;
        let id = self.new_part.trim().to_owned();
        let entry = match kind {
            PartKind::Lockup => Entry::Lockup {
                logo: logo.to_owned(),
                id,
            },
            PartKind::Colorway => Entry::Colorway {
                logo: logo.to_owned(),
                id,
            },
        };
        let add = (!self.new_part.trim().is_empty()).then(|| {
            super::Message::Edit(Edit::Add {
                entry,
                values: Vec::new(),
            })
        });
        let label = match kind {
            PartKind::Lockup => "editor-lockup-add",
            PartKind::Colorway => "editor-colorway-add",
        };
        row![
            text_input(&ctx.tr("editor-new-id"), &self.new_part)
                .on_input(|v| super::Message::Logos(Message::NewPart(v)))
                .padding([7, 10])
                .size(size::SMALL)
                .style(theme::input)
                .width(Length::Fixed(220.0)),
            widget::secondary(ctx.tr(label), add),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .into()
    }
}

/// A new lockup or colourway.
#[derive(Debug, Clone, Copy)]
enum PartKind {
    Lockup,
    Colorway,
}

/// The artwork file of one lockup in one colourway, and "Importér SVG …" for it.
fn artwork_row<'a>(
    env: &Env<'a>,
    target: super::ImportTarget,
    colorway: &Named,
) -> Element<'a, super::Message> {
    let artwork = Entry::Artwork {
        logo: target.logo.clone(),
        lockup: target.lockup.clone(),
        colorway: target.colorway.clone(),
    };
    let field = Field::new(artwork, Key::File);
    column![
        row![
            text(colorway.name(env.ctx.lang).to_owned())
                .size(size::SMALL)
                .width(Length::Fill),
            widget::link(
                env.ctx.tr("editor-import-pick"),
                super::Message::ImportPick(target)
            ),
        ]
        .align_y(Alignment::Center),
        form::field(env, &field),
    ]
    .spacing(4)
    .into()
}
