import TillCore

/// Placeholder: this module's work lands with its issue.
enum SandboxModule {}
