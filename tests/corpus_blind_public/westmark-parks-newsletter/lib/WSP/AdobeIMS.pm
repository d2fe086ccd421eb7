package WSP::AdobeIMS;

# Access tokens for Adobe Campaign Standard (Adobe I/O Service Account / JWT).

use strict;
use warnings;
use Crypt::JWT qw(encode_jwt);
use JSON::MaybeXS qw(decode_json);
use LWP::UserAgent;

sub new {
    my ($class, %cfg) = @_;
    my $self = bless { %cfg }, $class;
    $self->{ua} ||= LWP::UserAgent->new(timeout => 30, agent => 'wsp-newsletter/1.4');
    return $self;
}

sub _slurp {
    my ($file) = @_;
    open my $fh, '<', $file or die "cannot read $file: $!";
    local $/;
    my $data = <$fh>;
    close $fh;
    $data =~ s/\s+\z//;
    return $data;
}

sub claims {
    my ($self) = @_;
    my $ims = "https://$self->{host}";
    return {
        exp => time + 300,
        iss => $self->{org_id},
        sub => $self->{tech_account_id},
        aud => "$ims/c/$self->{client_id}",
        "$ims/s/$self->{metascope}" => JSON::MaybeXS::true,
    };
}

sub access_token {
    my ($self) = @_;
    return $self->{token} if $self->{token} && $self->{expires_at} > time + 60;

    my $key_pem = _slurp($self->{private_key_file});
    my $jwt = encode_jwt(payload => $self->claims, key => \$key_pem, alg => 'RS256');

    my $res = $self->{ua}->post("https://$self->{host}$self->{exchange_path}", {
        client_id     => $self->{client_id},
        client_secret => _slurp($self->{client_secret_file}),
        jwt_token     => $jwt,
    });
    die 'IMS: ' . $res->status_line . ' ' . $res->decoded_content . "\n" unless $res->is_success;

    my $data = decode_json($res->decoded_content);
    $self->{token}      = $data->{access_token};
    $self->{expires_at} = time + int($data->{expires_in} / 1000);    # milliseconds
    return $self->{token};
}

1;
