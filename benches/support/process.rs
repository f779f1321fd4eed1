//! What the GUI benchmarks (`benches/gui.rs`, `benches/scale.rs`) measure with: the process's CPU time, a
//! median, and a task's messages run through the application.

use std::time::Duration;

use designprogram::gui::{App, Message};

/// CPU time of the process so far (user + system, all threads; 10 ms resolution, zero where `/proc` is
/// missing): what a measurement costs even when the machine is shared and the wall clock is not.
pub fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // the fields after the command name (which is in parentheses and may hold spaces)
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    // utime and stime are fields 14 and 15 of stat(5), i.e. the 12th and 13th after the name
    let field = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let ticks = field(11) + field(12);
    Duration::from_millis(ticks * 10) // USER_HZ is 100 on Linux
}

/// The median of some times (sorts them).
pub fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Runs a task's outputs through the application (e.g. the manual load), without rendering pictures.
pub fn run_outputs(app: &mut App, task: iced::Task<Message>) {
    use iced_test::runtime::{Action, task};
    let Some(stream) = task::into_stream(task) else {
        return;
    };
    let actions: Vec<Action<Message>> =
        iced::futures::executor::block_on(iced::futures::StreamExt::collect(stream));
    for action in actions {
        if let Action::Output(message) = action {
            let _ = app.update(message);
        }
    }
}
