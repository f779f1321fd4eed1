//! Each screen keeps its own scroll position. iced keeps a scrollable's offset in the widget tree by position,
//! so every screen's scrollable would share one offset (scroll down on Farver, and Eksport opens scrolled
//! down). This wrapper goes around the screen showing: it reports the offset of the screen's scrollable (its
//! first one, the outermost) as the user scrolls, and when another screen takes its place it puts that
//! screen's own offset back.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::widget::operation::Scrollable;
use iced::advanced::widget::operation::scrollable::AbsoluteOffset;
use iced::advanced::widget::{self, Operation, Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, mouse, overlay};
use iced::{Element, Event, Length, Rectangle, Size, Theme, Vector, keyboard, touch};

/// The screen showing, with the scroll position it should have.
pub struct ScrollMemory<'a, Message> {
    content: Element<'a, Message>,
    key: u8,
    offset: AbsoluteOffset,
    on_scroll: Box<dyn Fn(AbsoluteOffset) -> Message + 'a>,
}

/// Wraps the screen `key` (any number unique per screen): its scrollable starts at `offset`, and `on_scroll`
/// hears every new offset.
pub fn scroll_memory<'a, Message>(
    content: impl Into<Element<'a, Message>>,
    key: u8,
    offset: AbsoluteOffset,
    on_scroll: impl Fn(AbsoluteOffset) -> Message + 'a,
) -> ScrollMemory<'a, Message> {
    ScrollMemory {
        content: content.into(),
        key,
        offset,
        on_scroll: Box::new(on_scroll),
    }
}

#[derive(Debug, Default)]
struct State {
    /// The screen the tree belongs to.
    key: Option<u8>,
    /// Put the offset back at the next layout (the screen changed).
    restore: bool,
    /// The offset last reported.
    reported: Option<AbsoluteOffset>,
}

/// Finds the first scrollable: reads its offset, or moves it.
struct First {
    found: bool,
    offset: Option<AbsoluteOffset>,
    scroll_to: Option<AbsoluteOffset>,
}

impl First {
    fn read() -> First {
        First {
            found: false,
            offset: None,
            scroll_to: None,
        }
    }

    fn move_to(offset: AbsoluteOffset) -> First {
        First {
            scroll_to: Some(offset),
            ..First::read()
        }
    }
}

impl Operation for First {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        if !self.found {
            operate(self);
        }
    }

    fn scrollable(
        &mut self,
        _id: Option<&widget::Id>,
        _bounds: Rectangle,
        _content_bounds: Rectangle,
        translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        if self.found {
            return;
        }
        self.found = true;
        match self.scroll_to {
            Some(offset) => state.scroll_to(AbsoluteOffset {
                x: Some(offset.x),
                y: Some(offset.y),
            }),
            None => {
                self.offset = Some(AbsoluteOffset {
                    x: translation.x,
                    y: translation.y,
                });
            }
        }
    }
}

/// Events after which the offset may have changed.
fn may_scroll(event: &Event) -> bool {
    matches!(
        event,
        Event::Mouse(mouse::Event::WheelScrolled { .. } | mouse::Event::ButtonReleased(_))
            | Event::Keyboard(keyboard::Event::KeyPressed { .. })
            | Event::Touch(touch::Event::FingerLifted { .. } | touch::Event::FingerMoved { .. })
    )
}

impl<Message> Widget<Message, Theme, iced::Renderer> for ScrollMemory<'_, Message> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State {
            key: Some(self.key),
            restore: true,
            reported: None,
        })
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        let state = tree.state.downcast_mut::<State>();
        if state.key != Some(self.key) {
            state.key = Some(self.key);
            state.restore = true;
            state.reported = None;
        }
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let child = self
            .content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits);
        let state = tree.state.downcast_mut::<State>();
        if state.restore {
            state.restore = false;
            let mut first = First::move_to(self.offset);
            self.content.as_widget_mut().operate(
                &mut tree.children[0],
                Layout::new(&child),
                renderer,
                &mut first,
            );
        }
        layout::Node::with_children(child.size(), vec![child])
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        if let Some(child_layout) = layout.children().next() {
            self.content.as_widget_mut().operate(
                &mut tree.children[0],
                child_layout,
                renderer,
                operation,
            );
        }
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        let Some(child_layout) = layout.children().next() else {
            return;
        };
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            child_layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
        if !may_scroll(event) {
            return;
        }
        let mut first = First::read();
        self.content.as_widget_mut().operate(
            &mut tree.children[0],
            child_layout,
            renderer,
            &mut first,
        );
        let state = tree.state.downcast_mut::<State>();
        if let Some(offset) = first.offset
            && state.reported != Some(offset)
        {
            state.reported = Some(offset);
            shell.publish((self.on_scroll)(offset));
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        layout
            .children()
            .next()
            .map_or(mouse::Interaction::None, |child_layout| {
                self.content.as_widget().mouse_interaction(
                    &tree.children[0],
                    child_layout,
                    cursor,
                    viewport,
                    renderer,
                )
            })
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        if let Some(child_layout) = layout.children().next() {
            self.content.as_widget().draw(
                &tree.children[0],
                renderer,
                theme,
                style,
                child_layout,
                cursor,
                viewport,
            );
        }
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, iced::Renderer>> {
        let child_layout = layout.children().next()?;
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            child_layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, Message: 'a> From<ScrollMemory<'a, Message>> for Element<'a, Message> {
    fn from(memory: ScrollMemory<'a, Message>) -> Self {
        Element::new(memory)
    }
}
