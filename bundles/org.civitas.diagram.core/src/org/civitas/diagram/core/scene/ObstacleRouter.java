package org.civitas.diagram.core.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

import org.civitas.diagram.core.scene.Figure.Point;

/**
 * An orthogonal route between two boxes that goes around the boxes in between, for an edge that
 * no layout has routed yet (one just drawn): it keeps a margin from every obstacle and prefers
 * few bends to a shorter way. The search runs on the grid of the lines through the source's and
 * target's centres and along the obstacles' margins, which holds a shortest orthogonal route
 * with fewest bends whenever one exists.
 */
final class ObstacleRouter {

	/** Room kept between a route and a box it passes. */
	static final double MARGIN = 12;
	/** A bend costs as much as this much length: a route with fewer bends reads better. */
	private static final double BEND = 40;

	private ObstacleRouter() {
	}

	/**
	 * The route from the border of {@code source} to the border of {@code target} (boxes as
	 * {x, y, width, height}) around {@code obstacles}, or {@code null} when they leave no way.
	 */
	static List<Point> route(double[] source, double[] target, List<double[]> obstacles) {
		List<double[]> blocks = new ArrayList<>(obstacles.size());
		for (double[] box : obstacles) {
			blocks.add(new double[] { box[0] - MARGIN, box[1] - MARGIN, box[0] + box[2] + MARGIN, box[1] + box[3] + MARGIN });
		}
		Point from = new Point(source[0] + source[2] / 2, source[1] + source[3] / 2);
		Point to = new Point(target[0] + target[2] / 2, target[1] + target[3] / 2);
		TreeSet<Double> xSet = new TreeSet<>(List.of(from.x(), to.x()));
		TreeSet<Double> ySet = new TreeSet<>(List.of(from.y(), to.y()));
		for (double[] block : blocks) {
			xSet.add(block[0]);
			xSet.add(block[2]);
			ySet.add(block[1]);
			ySet.add(block[3]);
		}
		double[] xs = xSet.stream().mapToDouble(Double::doubleValue).toArray();
		double[] ys = ySet.stream().mapToDouble(Double::doubleValue).toArray();
		int start = index(xs, ys, Arrays.binarySearch(xs, from.x()), Arrays.binarySearch(ys, from.y()));
		int goal = index(xs, ys, Arrays.binarySearch(xs, to.x()), Arrays.binarySearch(ys, to.y()));
		int[] previous = search(xs, ys, blocks, start, goal);
		if (previous == null) {
			return null;
		}
		List<Point> points = new ArrayList<>();
		for (int state = goalState(previous, goal); state >= 0; state = previous[state]) {
			int cell = state / 2;
			points.add(0, new Point(xs[cell % xs.length], ys[cell / xs.length]));
		}
		return clipped(simplified(points), source, target);
	}

	private static int index(double[] xs, double[] ys, int x, int y) {
		return y * xs.length + x;
	}

	/**
	 * Dijkstra over (grid point, direction of arrival): horizontal 0, vertical 1. Answers the
	 * predecessor of every state reached, {@code -1} for the start, or {@code null} if the goal
	 * is not reached.
	 */
	private static int[] search(double[] xs, double[] ys, List<double[]> blocks, int start, int goal) {
		int states = xs.length * ys.length * 2;
		double[] cost = new double[states];
		Arrays.fill(cost, Double.MAX_VALUE);
		int[] previous = new int[states];
		Arrays.fill(previous, -2);
		PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
		for (int direction = 0; direction < 2; direction++) {
			cost[start * 2 + direction] = 0;
			previous[start * 2 + direction] = -1;
			queue.add(new double[] { 0, start * 2 + direction });
		}
		while (!queue.isEmpty()) {
			double[] head = queue.poll();
			int state = (int) head[1];
			if (head[0] > cost[state]) {
				continue;
			}
			int cell = state / 2;
			if (cell == goal) {
				return previous;
			}
			int x = cell % xs.length;
			int y = cell / xs.length;
			int[][] steps = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
			for (int[] step : steps) {
				int nx = x + step[0];
				int ny = y + step[1];
				if (nx < 0 || ny < 0 || nx >= xs.length || ny >= ys.length
						|| blocked(xs[x], ys[y], xs[nx], ys[ny], blocks)) {
					continue;
				}
				int direction = step[1] == 0 ? 0 : 1;
				double next = head[0] + Math.abs(xs[nx] - xs[x]) + Math.abs(ys[ny] - ys[y])
						+ (previous[state] >= 0 && direction != state % 2 ? BEND : 0);
				int target = index(xs, ys, nx, ny) * 2 + direction;
				if (next < cost[target]) {
					cost[target] = next;
					previous[target] = state;
					queue.add(new double[] { next, target });
				}
			}
		}
		return null;
	}

	private static int goalState(int[] previous, int goal) {
		return previous[goal * 2] != -2 ? goal * 2 : goal * 2 + 1;
	}

	/** Whether the axis-parallel step between two grid points passes through a block's inside. */
	private static boolean blocked(double x1, double y1, double x2, double y2, List<double[]> blocks) {
		double left = Math.min(x1, x2);
		double right = Math.max(x1, x2);
		double top = Math.min(y1, y2);
		double bottom = Math.max(y1, y2);
		for (double[] block : blocks) {
			boolean acrossX = left == right ? block[0] < left && left < block[2] : left < block[2] && block[0] < right;
			boolean acrossY = top == bottom ? block[1] < top && top < block[3] : top < block[3] && block[1] < bottom;
			if (acrossX && acrossY) {
				return true;
			}
		}
		return false;
	}

	/** Without the grid points a straight run passes through. */
	private static List<Point> simplified(List<Point> points) {
		List<Point> corners = new ArrayList<>();
		for (Point point : points) {
			int size = corners.size();
			if (size >= 2 && collinear(corners.get(size - 2), corners.get(size - 1), point)) {
				corners.set(size - 1, point);
			} else if (size == 0 || !corners.get(size - 1).equals(point)) {
				corners.add(point);
			}
		}
		return corners;
	}

	private static boolean collinear(Point a, Point b, Point c) {
		return a.x() == b.x() && b.x() == c.x() || a.y() == b.y() && b.y() == c.y();
	}

	/** Starts and ends the route where it leaves the source and enters the target, not at their centres. */
	private static List<Point> clipped(List<Point> corners, double[] source, double[] target) {
		List<Point> route = new ArrayList<>(corners);
		while (route.size() > 2 && inside(route.get(1), source)) {
			route.remove(0);
		}
		while (route.size() > 2 && inside(route.get(route.size() - 2), target)) {
			route.remove(route.size() - 1);
		}
		route.set(0, border(source, route.get(0), route.get(1)));
		route.set(route.size() - 1, border(target, route.get(route.size() - 1), route.get(route.size() - 2)));
		return route;
	}

	private static boolean inside(Point point, double[] box) {
		return point.x() >= box[0] && point.x() <= box[0] + box[2] && point.y() >= box[1] && point.y() <= box[1] + box[3];
	}

	/** Where the axis-parallel segment from {@code from} (inside the box) towards {@code towards} crosses its border. */
	private static Point border(double[] box, Point from, Point towards) {
		if (from.y() == towards.y()) {
			return new Point(towards.x() > from.x() ? box[0] + box[2] : box[0], from.y());
		}
		return new Point(from.x(), towards.y() > from.y() ? box[1] + box[3] : box[1]);
	}
}
