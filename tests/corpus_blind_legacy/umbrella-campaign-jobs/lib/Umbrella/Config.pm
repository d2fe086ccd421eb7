package Umbrella::Config;

use strict;
use warnings;
use Config::Tiny;
use Exporter 'import';

our @EXPORT_OK = qw(cfg);

my $ini;

sub cfg {
    my ($path) = @_;
    $ini ||= Config::Tiny->read('etc/campaign.ini') or die Config::Tiny->errstr;
    my ($section, $key) = split /\./, $path, 2;
    my $value = $ini->{$section}{$key};
    if (!defined $value && defined $ini->{$section}{"${key}_env"}) {
        $value = $ENV{ $ini->{$section}{"${key}_env"} };
    }
    return $value;
}

1;
