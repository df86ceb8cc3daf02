package org.jdarts.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Turns the first SIGTERM or SIGINT into a stop request, so that a run finishes its current step,
 * writes a checkpoint and exits with {@link #EXIT_CODE}; a second signal ends the process at once
 * (the default action). Schedulers send SIGTERM some time before they kill a job.
 *
 * <p>Uses {@code sun.misc.Signal} (module {@code jdk.unsupported}) through reflection, so the build
 * stays free of warnings about internal API; where it is missing, signals keep their default
 * action.
 */
final class SignalTrap {

    /** Exit status of a run stopped by a signal after writing its checkpoint: resume it (EX_TEMPFAIL). */
    static final int EXIT_CODE = 75;

    private static final AtomicBoolean REQUESTED = new AtomicBoolean();
    private static volatile boolean installed;

    private SignalTrap() {}

    /**
     * Installs the handlers (once per process).
     *
     * @param notice told, once, when a signal asks the run to stop
     */
    static synchronized void install(Consumer<String> notice) {
        if (installed) {
            return;
        }
        installed = true;
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Object defaultAction = handlerType.getField("SIG_DFL").get(null);
            Method handle = signal.getMethod("handle", signal, handlerType);
            for (String name : new String[] {"TERM", "INT"}) {
                Object sig = signal.getConstructor(String.class).newInstance(name);
                InvocationHandler onSignal = (proxy, method, args) -> {
                    if (!method.getName().equals("handle")) {
                        return method.invoke(defaultAction, args);
                    }
                    REQUESTED.set(true);
                    notice.accept("SIG" + name + ": stopping after the current step with a checkpoint"
                            + " (a second signal stops at once)");
                    handle.invoke(null, sig, defaultAction);
                    return null;
                };
                handle.invoke(null, sig, Proxy.newProxyInstance(SignalTrap.class.getClassLoader(),
                        new Class<?>[] {handlerType}, onSignal));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // No sun.misc.Signal here: signals keep their default action.
        }
    }

    /** Returns whether a signal asked the run to stop. */
    static boolean requested() {
        return REQUESTED.get();
    }
}
