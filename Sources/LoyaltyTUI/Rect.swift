/// A rectangle of screen cells: where a widget draws. Layout is pure arithmetic on rectangles,
/// so a whole screen's layout is a function of the terminal size.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Negative sizes become 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle `width` × `height` at the origin (the whole screen, for a screen that size).
    public init(width: Int, height: Int) {
        self.init(x: 0, y: 0, width: width, height: height)
    }

    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Shrunk by `margin` cells on every side (never below zero size).
    public func inset(by margin: Int) -> Rect {
        Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
    }

    /// A `width` × `height` rectangle centred in this one (clipped to it).
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(width, self.width)
        let h = min(height, self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// Splits into rows stacked top to bottom, one per constraint (see `Constraint`).
    public func splitVertically(_ constraints: [Constraint]) -> [Rect] {
        var top = y
        return Constraint.sizes(constraints, total: height).map { size in
            defer { top += size }
            return Rect(x: x, y: top, width: width, height: size)
        }
    }

    /// Splits into columns side by side, left to right, one per constraint (see `Constraint`).
    public func splitHorizontally(_ constraints: [Constraint]) -> [Rect] {
        var left = x
        return Constraint.sizes(constraints, total: width).map { size in
            defer { left += size }
            return Rect(x: left, y: y, width: size, height: height)
        }
    }
}

extension Rect {
    /// Whether the cell at (`x`, `y`) lies inside the rectangle.
    public func contains(x: Int, y: Int) -> Bool {
        x >= self.x && x < self.x + width && y >= self.y && y < self.y + height
    }
}
