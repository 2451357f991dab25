package org.civitas.diagram.core.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.civitas.diagram.core.scene.Figure.Point;
import org.junit.jupiter.api.Test;

/** A connection drawn before any layout goes around the boxes in its way. */
class ObstacleRouterTest {

	private static final double[] SOURCE = { 0, 0, 100, 40 };
	private static final double[] TARGET = { 400, 0, 100, 40 };

	@Test
	void aBoxInTheWayIsPassedWithItsMarginAndFewBends() {
		double[] between = { 200, -30, 80, 100 };
		List<Point> route = ObstacleRouter.route(SOURCE, TARGET, List.of(between));

		assertOrthogonal(route);
		assertFalse(passesThrough(route, grown(between, ObstacleRouter.MARGIN - 0.001)), "the route keeps its margin: " + route);
		assertTrue(onBorder(route.get(0), SOURCE), "it starts on the source's border: " + route);
		assertTrue(onBorder(route.get(route.size() - 1), TARGET), "and ends on the target's: " + route);
		// Over the box, not out sideways, around both of its ends and back: three bends at most.
		assertTrue(route.size() <= 5, "few bends: " + route);
	}

	@Test
	void withNothingInTheWayTheRouteIsStraight() {
		assertEquals(List.of(new Point(100, 20), new Point(400, 20)), ObstacleRouter.route(SOURCE, TARGET, List.of()));
	}

	@Test
	void severalBoxesAreAllAvoided() {
		List<double[]> boxes = List.of(new double[] { 150, -100, 40, 160 }, new double[] { 260, -20, 40, 200 },
				new double[] { 330, -60, 30, 90 });
		List<Point> route = ObstacleRouter.route(SOURCE, TARGET, boxes);
		assertOrthogonal(route);
		for (double[] box : boxes) {
			assertFalse(passesThrough(route, box), "the route goes around " + List.of(box[0], box[1]) + ": " + route);
		}
	}

	@Test
	void aTargetWalledInHasNoRoute() {
		List<double[]> walls = List.of(new double[] { 360, -60, 180, 20 }, new double[] { 360, 80, 180, 20 },
				new double[] { 360, -60, 20, 160 }, new double[] { 520, -60, 20, 160 });
		assertNull(ObstacleRouter.route(SOURCE, TARGET, walls));
	}

	private static void assertOrthogonal(List<Point> route) {
		for (int i = 1; i < route.size(); i++) {
			Point a = route.get(i - 1);
			Point b = route.get(i);
			assertTrue(a.x() == b.x() || a.y() == b.y(), "segment " + a + " to " + b + " is horizontal or vertical");
		}
	}

	private static boolean onBorder(Point point, double[] box) {
		boolean onVertical = (point.x() == box[0] || point.x() == box[0] + box[2]) && point.y() >= box[1]
				&& point.y() <= box[1] + box[3];
		boolean onHorizontal = (point.y() == box[1] || point.y() == box[1] + box[3]) && point.x() >= box[0]
				&& point.x() <= box[0] + box[2];
		return onVertical || onHorizontal;
	}

	private static double[] grown(double[] box, double by) {
		return new double[] { box[0] - by, box[1] - by, box[2] + 2 * by, box[3] + 2 * by };
	}

	private static boolean passesThrough(List<Point> route, double[] box) {
		for (int i = 1; i < route.size(); i++) {
			Point a = route.get(i - 1);
			Point b = route.get(i);
			double left = Math.min(a.x(), b.x());
			double right = Math.max(a.x(), b.x());
			double top = Math.min(a.y(), b.y());
			double bottom = Math.max(a.y(), b.y());
			if (left < box[0] + box[2] && box[0] < right + (left == right ? 1e-9 : 0) && top < box[1] + box[3]
					&& box[1] < bottom + (top == bottom ? 1e-9 : 0) && !(left == right && (left <= box[0] || left >= box[0] + box[2]))
					&& !(top == bottom && (top <= box[1] || top >= box[1] + box[3]))) {
				return true;
			}
		}
		return false;
	}
}
