package nl.codewijzer;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements this thread sends to the database, whoever sends them: Hibernate,
 * a {@code JdbcTemplate} or a batch (one statement, however many rows it carries). It wraps the
 * test contexts' data source; outside {@link #count} it only passes calls on. A benchmark that
 * measures CPU per action switches it off with {@code --codewijzer.test.count-statements=false}:
 * the reflective proxy around every JDBC call is a few per cent of a sign.
 */
@Component
@ConditionalOnProperty(name = "codewijzer.test.count-statements", havingValue = "true", matchIfMissing = true)
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<int @Nullable []> COUNTING = new ThreadLocal<>();
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

    /** The statements {@code work} sends on this thread, with its result. */
    public static <T> Counted<T> count(Supplier<T> work) {
        var counter = new int[1];
        COUNTING.set(counter);
        try {
            var result = work.get();
            return new Counted<>(result, counter[0]);
        } finally {
            COUNTING.remove();
        }
    }

    public record Counted<T>(T result, int statements) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                var result = invoke(target, method, args);
                return result instanceof Connection connection ? proxy(Connection.class, connection, StatementCounter::onConnection)
                        : result;
            });
        }
        return bean;
    }

    private static @Nullable Object onConnection(Object target, Method method, @Nullable Object[] args) throws Throwable {
        if (STATEMENTS.contains(method.getName())) {
            var counter = COUNTING.get();
            if (counter != null) {
                counter[0]++;
            }
        }
        return invoke(target, method, args);
    }

    private interface Call {
        @Nullable Object on(Object target, Method method, @Nullable Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.on(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static @Nullable Object invoke(Object target, Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
