package dev.eddy.solver.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * E independent members stepped in parallel (one task per member per step on a fixed pool), seen as one model whose
 * outputs carry a leading {@code sample} axis: output {@code name} is the members' arrays concatenated in member order,
 * i.e. the layout of a {@code (sample, …)} variable. Members never share state, so results do not depend on the
 * number of threads.
 */
public final class EnsembleModel implements SteppedModel, AutoCloseable {

    private final List<SteppedModel> members;
    private final ExecutorService pool;

    public EnsembleModel(List<SteppedModel> members, int threads) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        double dt = members.getFirst().dt();
        for (SteppedModel m : members) {
            if (m.dt() != dt) {
                throw new IllegalArgumentException("ensemble members must share one time step");
            }
        }
        this.members = List.copyOf(members);
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, members.size())), r -> {
            Thread t = new Thread(r, "eddy-ensemble");
            t.setDaemon(true);
            return t;
        });
    }

    public int size() {
        return members.size();
    }

    @Override
    public double dt() {
        return members.getFirst().dt();
    }

    @Override
    public void step() {
        if (members.size() == 1) {
            members.getFirst().step();
            return;
        }
        List<Future<?>> futures = new ArrayList<>(members.size());
        for (SteppedModel m : members) {
            futures.add(pool.submit(m::step));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ensemble step interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public Map<String, double[]> outputs() {
        return concatenate(members.stream().map(SteppedModel::outputs).toList());
    }

    @Override
    public Map<String, double[]> state() {
        return concatenate(members.stream().map(SteppedModel::state).toList());
    }

    @Override
    public void restore(Map<String, double[]> state) {
        for (int k = 0; k < members.size(); k++) {
            Map<String, double[]> own = members.get(k).state();
            Map<String, double[]> part = new LinkedHashMap<>();
            for (var e : own.entrySet()) {
                int len = e.getValue().length;
                double[] slice = new double[len];
                System.arraycopy(state.get(e.getKey()), k * len, slice, 0, len);
                part.put(e.getKey(), slice);
            }
            members.get(k).restore(part);
        }
    }

    @Override
    public double courantNumber() {
        double max = 0;
        for (SteppedModel m : members) {
            double c = m.courantNumber();
            if (Double.isNaN(c)) {
                return Double.NaN;
            }
            max = Math.max(max, c);
        }
        return max;
    }

    private static Map<String, double[]> concatenate(List<Map<String, double[]>> parts) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String name : parts.getFirst().keySet()) {
            int len = parts.getFirst().get(name).length;
            double[] all = new double[len * parts.size()];
            for (int k = 0; k < parts.size(); k++) {
                System.arraycopy(parts.get(k).get(name), 0, all, k * len, len);
            }
            out.put(name, all);
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
