package dev.orderledger.projections;

import dev.orderledger.api.common.StoredText;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl;
import org.hibernate.jpa.boot.spi.TypeContributorList;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The one place where the text the read models write to PostgreSQL is made storable ({@link StoredText}):
 * every string Hibernate binds to a text column, and every JSON document it writes to a {@code jsonb}
 * column. History recorded before the API refused such text (a product named {@code "a\u0000b"}) then
 * projects, with U+FFFD where PostgreSQL would have refused the row. Hibernate's settings belong to the
 * persistence unit, so this holds for every entity of the ledger; text that is clean is not touched.
 */
@Configuration(proxyBeanMethods = false)
class StoredTextInPostgres {

    @Bean
    HibernatePropertiesCustomizer storableText() {
        TypeContributor cleanText = (contributions, services) -> contributions.contributeJdbcType(new CleanVarchar());
        return properties -> {
            properties.put(EntityManagerFactoryBuilderImpl.TYPE_CONTRIBUTORS, (TypeContributorList) () -> List.of(cleanText));
            properties.put(MappingSettings.JSON_FORMAT_MAPPER, new CleanJson(new JacksonJsonFormatMapper()));
        };
    }

    /** Text columns: the value is cleaned as it is bound. */
    static final class CleanVarchar extends VarcharJdbcType {

        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return new BasicBinder<>(javaType, this) {
                @Override
                protected void doBind(PreparedStatement statement, X value, int index, WrapperOptions options)
                        throws SQLException {
                    statement.setString(index, StoredText.clean(javaType.unwrap(value, String.class, options)));
                }

                @Override
                protected void doBind(CallableStatement statement, X value, String name, WrapperOptions options)
                        throws SQLException {
                    statement.setString(name, StoredText.clean(javaType.unwrap(value, String.class, options)));
                }
            };
        }
    }

    /** JSON columns: Hibernate's own Jackson mapping, its document cleaned before it is bound. */
    record CleanJson(FormatMapper json) implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence text, JavaType<T> javaType, WrapperOptions options) {
            return json.fromString(text, javaType, options);
        }

        @Override
        public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
            return StoredText.cleanJson(json.toString(value, javaType, options));
        }
    }
}
